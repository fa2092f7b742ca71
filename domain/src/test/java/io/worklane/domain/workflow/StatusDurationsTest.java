package io.worklane.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.workflow.StatusDurations.StatusChange;
import io.worklane.domain.workflow.StatusDurations.TimeInState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatusDurationsTest {
    private static final Instant CREATED = Instant.parse("2025-03-10T09:00:00Z");

    private static Instant at(String time) {
        return Instant.parse("2025-03-10T" + time + "Z");
    }

    @Test
    void time_is_summed_per_state_across_revisits_in_first_visited_order() {
        // todo 09:00–09:30 = 1,800 s; in_progress 09:30–11:00 and 11:15–12:00 = 5,400 + 2,700 = 8,100 s;
        // in_review 11:00–11:15 = 900 s; done 12:00–13:00 (now) = 3,600 s. Together 4 h = 14,400 s.
        List<StatusChange> changes = List.of(
                new StatusChange(at("09:30:00"), "todo", "in_progress"),
                new StatusChange(at("11:00:00"), "in_progress", "in_review"),
                new StatusChange(at("11:15:00"), "in_review", "in_progress"),
                new StatusChange(at("12:00:00"), "in_progress", "done"));

        assertThat(StatusDurations.compute(CREATED, "todo", changes, at("13:00:00"))).containsExactly(
                new TimeInState("todo", 1_800), new TimeInState("in_progress", 8_100),
                new TimeInState("in_review", 900), new TimeInState("done", 3_600));
    }

    @Test
    void an_item_never_moved_has_been_in_its_initial_state_all_along() {
        assertThat(StatusDurations.compute(CREATED, "backlog", List.of(), at("10:00:01")))
                .containsExactly(new TimeInState("backlog", 3_601));
    }

    @Test
    void fractions_of_a_second_are_summed_before_they_are_cut() {
        // todo 0.6 s + 0.6 s = 1.2 s → 1; doing 0.6 s + 0.6 s (until now) = 1.2 s → 1
        List<StatusChange> changes = List.of(
                new StatusChange(at("09:00:00.600"), "todo", "doing"),
                new StatusChange(at("09:00:01.200"), "doing", "todo"),
                new StatusChange(at("09:00:01.800"), "todo", "doing"));

        assertThat(StatusDurations.compute(CREATED, "todo", changes, at("09:00:02.400"))).containsExactly(
                new TimeInState("todo", 1), new TimeInState("doing", 1));
    }

    @Test
    void a_move_straight_after_creation_leaves_zero_seconds_in_the_initial_state() {
        assertThat(StatusDurations.compute(CREATED, "todo", List.of(new StatusChange(CREATED, "todo", "done")),
                at("09:01:00"))).containsExactly(new TimeInState("todo", 0), new TimeInState("done", 60));
    }

    @Test
    void time_after_now_does_not_count() {
        List<StatusChange> changes = List.of(new StatusChange(at("10:00:00"), "todo", "done"));

        assertThat(StatusDurations.compute(CREATED, "todo", changes, at("09:30:00"))).containsExactly(
                new TimeInState("todo", 1_800), new TimeInState("done", 0));
    }

    @Test
    void changes_out_of_order_are_a_bug_of_the_caller() {
        List<StatusChange> changes = List.of(new StatusChange(at("10:00:00"), "todo", "doing"),
                new StatusChange(at("09:30:00"), "doing", "done"));

        assertThatThrownBy(() -> StatusDurations.compute(CREATED, "todo", changes, at("11:00:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
