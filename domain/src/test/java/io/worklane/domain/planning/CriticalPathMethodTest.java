package io.worklane.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked networks: the textbook one of docs/scheduling.md, then each dependency type with lags
 * and leads, constraints and fixed predecessors. Days are working-day numbers; finishes are exclusive.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CriticalPathMethodTest {
    private final Map<String, UUID> ids = new HashMap<>();
    private final List<NetworkTask> tasks = new ArrayList<>();
    private final List<FixedTask> fixed = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();

    private UUID id(String key) {
        return ids.computeIfAbsent(key, k -> UUID.randomUUID());
    }

    private CriticalPathMethodTest task(String key, int duration) {
        tasks.add(NetworkTask.of(id(key), key, duration));
        return this;
    }

    private CriticalPathMethodTest task(String key, int duration, Integer notBefore, Integer notAfter) {
        tasks.add(new NetworkTask(id(key), key, duration, notBefore, notAfter));
        return this;
    }

    private CriticalPathMethodTest after(String successor, String predecessor, DependencyType type, int lag) {
        dependencies.add(new Dependency(UUID.randomUUID(), UUID.randomUUID(), id(predecessor), id(successor), type,
                lag, 0, Instant.EPOCH));
        return this;
    }

    private CriticalPathMethodTest after(String successor, String predecessor) {
        return after(successor, predecessor, DependencyType.FS, 0);
    }

    private NetworkSchedule schedule() {
        return CriticalPathMethod.schedule(0, tasks, fixed, dependencies);
    }

    private static ScheduledTask of(NetworkSchedule s, String key) {
        return s.tasks().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** (es, ef, ls, lf, total float, free float) of a task. */
    private static void assertTask(NetworkSchedule s, String key, int es, int ef, int ls, int lf, int tf, int ff) {
        ScheduledTask t = of(s, key);
        assertThat(List.of(t.earlyStart(), t.earlyFinish(), t.lateStart(), t.lateFinish(), t.totalFloat(),
                t.freeFloat())).as(key).containsExactly(es, ef, ls, lf, tf, ff);
    }

    @Test
    void the_textbook_network_has_its_known_dates_floats_and_critical_path() {
        // A(3) → B(4) → D(5) → F(2); A → C(2) → E(1) → F   (docs/scheduling.md)
        task("A", 3).task("B", 4).task("C", 2).task("D", 5).task("E", 1).task("F", 2);
        after("B", "A").after("C", "A").after("D", "B").after("E", "C").after("F", "D").after("F", "E");
        NetworkSchedule s = schedule();
        assertTask(s, "A", 0, 3, 0, 3, 0, 0);
        assertTask(s, "B", 3, 7, 3, 7, 0, 0);
        assertTask(s, "C", 3, 5, 9, 11, 6, 0);
        assertTask(s, "D", 7, 12, 7, 12, 0, 0);
        assertTask(s, "E", 5, 6, 11, 12, 6, 6);
        assertTask(s, "F", 12, 14, 12, 14, 0, 0);
        assertThat(s.finish()).isEqualTo(14);
        assertThat(s.criticalPaths()).containsExactly(List.of("A", "B", "D", "F"));
        assertThat(s.tasks().stream().filter(ScheduledTask::critical).map(ScheduledTask::key))
                .containsExactly("A", "B", "D", "F");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void finish_to_start_with_a_lag_waits_and_with_a_lead_overlaps() {
        task("A", 5).task("B", 3).task("C", 3);
        after("B", "A", DependencyType.FS, 2).after("C", "A", DependencyType.FS, -2);
        NetworkSchedule s = schedule();
        assertTask(s, "B", 7, 10, 7, 10, 0, 0);
        assertTask(s, "C", 3, 6, 7, 10, 4, 4);
        assertThat(s.finish()).isEqualTo(10);
    }

    @Test
    void start_to_start_follows_the_predecessors_start() {
        task("A", 6).task("B", 2);
        after("B", "A", DependencyType.SS, 2);
        NetworkSchedule s = schedule();
        assertTask(s, "B", 2, 4, 4, 6, 2, 2);
        assertTask(s, "A", 0, 6, 0, 6, 0, 0);
    }

    @Test
    void finish_to_finish_ends_the_successor_after_the_predecessor_ends() {
        task("A", 4).task("B", 2);
        after("B", "A", DependencyType.FF, 1);
        NetworkSchedule s = schedule();
        assertTask(s, "B", 3, 5, 3, 5, 0, 0);
        assertTask(s, "A", 0, 4, 0, 4, 0, 0);
        assertThat(s.criticalPaths()).containsExactly(List.of("A", "B"));
    }

    @Test
    void start_to_finish_ends_the_successor_once_the_predecessor_has_started() {
        task("A", 2).task("B", 3);
        after("B", "A", DependencyType.SF, 4); // B may finish no sooner than A's start + 4
        NetworkSchedule s = schedule();
        assertTask(s, "B", 1, 4, 1, 4, 0, 0);
        // A's late start: B's late finish 4 less the lag: A may start as late as day 0, ending day 2
        assertTask(s, "A", 0, 2, 0, 2, 0, 0);
    }

    @Test
    void nothing_starts_before_the_project_even_with_a_lead() {
        task("A", 2).task("B", 3);
        after("B", "A", DependencyType.FF, -4);
        NetworkSchedule s = CriticalPathMethod.schedule(10, tasks, fixed, dependencies);
        assertThat(of(s, "B").earlyStart()).isEqualTo(10);
        assertThat(s.finish()).isEqualTo(13);
    }

    @Test
    void start_no_earlier_than_holds_a_task_back_and_finish_no_later_than_makes_float_negative() {
        task("A", 3).task("B", 2, 5, null).task("C", 4, null, 6);
        after("B", "A").after("C", "A");
        NetworkSchedule s = schedule();
        assertTask(s, "B", 5, 7, 5, 7, 0, 0);
        // C ends at 7 at the earliest but must end by 6: it is a day late, and so is A
        assertTask(s, "C", 3, 7, 2, 6, -1, 0);
        assertTask(s, "A", 0, 3, -1, 2, -1, 0);
        assertThat(of(s, "C").critical()).isTrue();
    }

    @Test
    void a_predecessor_in_another_project_holds_as_it_is_planned() {
        task("A", 2).task("B", 2);
        fixed.add(new FixedTask(id("OPS-1"), "OPS-1", 4, 8));
        after("A", "OPS-1", DependencyType.FS, 1).after("B", "OPS-1", DependencyType.SS, 0);
        NetworkSchedule s = schedule();
        assertTask(s, "A", 9, 11, 9, 11, 0, 0);
        assertTask(s, "B", 4, 6, 9, 11, 5, 5);
    }

    @Test
    void milestones_take_no_time_and_parallel_critical_chains_are_each_listed() {
        task("A", 2).task("B", 2).task("M", 0).task("C", 1);
        after("M", "A").after("M", "B").after("C", "M");
        NetworkSchedule s = schedule();
        assertTask(s, "M", 2, 2, 2, 2, 0, 0);
        assertThat(s.criticalPaths()).containsExactly(List.of("A", "M", "C"), List.of("B", "M", "C"));
    }

    @Test
    void a_long_chain_is_scheduled_without_recursion() {
        for (int i = 0; i < 20_000; i++) {
            task("T-" + i, 1);
            if (i > 0) {
                after("T-" + i, "T-" + (i - 1));
            }
        }
        NetworkSchedule s = schedule();
        assertThat(s.finish()).isEqualTo(20_000);
        assertThat(s.criticalPaths()).hasSize(1);
        assertThat(s.criticalPaths().get(0)).hasSize(20_000);
    }
}
