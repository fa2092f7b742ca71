package io.worklane.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.Fixtures;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.workitem.NewWorkItem;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Dates in, dates out: durations from dates or estimates, the calendar's holidays, milestones and warnings. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectSchedulerTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-14");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final Project project = Project.create(Fixtures.WORKSPACE_ID, "ENG", "Engineering", null,
            ProjectKind.PROJECT, ProjectStatus.ACTIVE, null, MONDAY, LocalDate.parse("2026-12-31"), NOW);
    private final List<WorkItem> items = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    // Christmas and Boxing Day... and a Friday off
    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(LocalDate.parse("2026-12-25"),
            LocalDate.parse("2026-12-18")));

    private WorkItem item(WorkItemType type, String start, String due, Long estimate) {
        WorkItem w = WorkItem.create(project, items.size() + 1, new NewWorkItem(type, "Item", null, null, null, null,
                null, null, start == null ? null : LocalDate.parse(start), due == null ? null : LocalDate.parse(due),
                estimate, null, Map.of()), NOW);
        items.add(w);
        return w;
    }

    private void after(WorkItem successor, WorkItem predecessor, DependencyType type, int lag) {
        dependencies.add(Dependency.create(Fixtures.WORKSPACE_ID, predecessor.id(), successor.id(), type, lag,
                successor.key(), NOW));
    }

    private ProjectSchedule schedule() {
        return new ProjectScheduler(calendar, 480).schedule(new ProjectScheduler.Input(project, items, dependencies,
                List.of(), MONDAY));
    }

    @Test
    void dates_count_in_working_days_and_the_holidays_push_the_chain_back() {
        // the design: Mon 14 to Wed 16 (3 days); the build takes 3 days of estimate (24 h at 8 h a day)
        WorkItem design = item(WorkItemType.TASK, "2026-12-14", "2026-12-16", null);
        WorkItem build = item(WorkItemType.TASK, null, null, 24 * 60L);
        WorkItem launch = item(WorkItemType.MILESTONE, null, "2026-12-23", null);
        after(build, design, DependencyType.FS, 0);
        after(launch, build, DependencyType.FS, 0);
        ProjectSchedule s = schedule();
        ItemSchedule b = s.item(build.id()).orElseThrow();
        // Thu 17, (Fri 18 is off), Mon 21, Tue 22
        assertThat(b.durationDays()).isEqualTo(3);
        assertThat(b.earlyStart()).isEqualTo(LocalDate.parse("2026-12-17"));
        assertThat(b.earlyFinish()).isEqualTo(LocalDate.parse("2026-12-22"));
        ItemSchedule m = s.item(launch.id()).orElseThrow();
        assertThat(m.durationDays()).isZero();
        assertThat(m.earlyStart()).isEqualTo(LocalDate.parse("2026-12-22"));
        assertThat(m.earlyFinish()).isEqualTo(LocalDate.parse("2026-12-22"));
        assertThat(s.earliestFinish()).isEqualTo(LocalDate.parse("2026-12-22"));
        assertThat(s.criticalPaths()).containsExactly(List.of("ENG-1", "ENG-2", "ENG-3"));
        // the target, Thu 31, is 6 working days later (23, 24, 28, 29, 30, 31)
        assertThat(s.finishVarianceDays()).isEqualTo(-6);
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void an_item_without_dates_or_estimate_is_unscheduled_and_named_in_the_warnings() {
        WorkItem first = item(WorkItemType.TASK, "2026-12-14", "2026-12-15", null);
        WorkItem vague = item(WorkItemType.TASK, null, null, null);
        after(vague, first, DependencyType.FS, 0);
        ProjectSchedule s = schedule();
        assertThat(s.item(vague.id()).orElseThrow().durationDays()).isNull();
        assertThat(s.warnings()).singleElement().asString().startsWith("ENG-2 is unscheduled");
    }

    @Test
    void constraints_in_dates_become_days_of_the_calendar() {
        WorkItem a = item(WorkItemType.TASK, "2026-12-14", "2026-12-15", null);
        WorkItem b = item(WorkItemType.TASK, null, null, 480L).change(io.worklane.domain.workitem.WorkItemChanges
                .none().withPlanning(io.worklane.domain.shared.Change.absent(),
                        io.worklane.domain.shared.Change.to(LocalDate.parse("2026-12-19")),
                        io.worklane.domain.shared.Change.to(LocalDate.parse("2026-12-21"))), NOW);
        items.set(1, b);
        after(b, a, DependencyType.FS, 0);
        ProjectSchedule s = schedule();
        // not before Saturday 19: Monday 21, which its finish-no-later-than allows
        assertThat(s.item(b.id()).orElseThrow().earlyStart()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(s.item(b.id()).orElseThrow().totalFloat()).isZero();
    }

    @Test
    void apply_keeps_planned_starts_that_no_dependency_holds_back() {
        WorkItem a = item(WorkItemType.TASK, "2026-12-14", "2026-12-15", null);
        WorkItem late = item(WorkItemType.TASK, "2026-12-28", "2026-12-29", null);
        after(late, a, DependencyType.FS, 0);
        ProjectScheduler scheduler = new ProjectScheduler(calendar, 480);
        var in = new ProjectScheduler.Input(project, items, dependencies, List.of(), MONDAY);
        assertThat(scheduler.schedule(in).item(late.id()).orElseThrow().earlyStart())
                .isEqualTo(LocalDate.parse("2026-12-16"));
        assertThat(scheduler.schedule(in, true).item(late.id()).orElseThrow().earlyStart())
                .isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void a_milestone_whose_predecessors_finish_after_its_date_is_at_risk_by_the_working_days_between() {
        WorkItem design = item(WorkItemType.TASK, "2026-12-14", "2026-12-16", null);
        WorkItem build = item(WorkItemType.TASK, null, null, 24 * 60L);
        WorkItem tooSoon = item(WorkItemType.MILESTONE, null, "2026-12-17", null);
        WorkItem inTime = item(WorkItemType.MILESTONE, null, "2026-12-22", null);
        WorkItem past = item(WorkItemType.MILESTONE, null, "2026-12-01", null);
        after(build, design, DependencyType.FS, 0);
        after(tooSoon, build, DependencyType.FS, 0);
        after(inTime, build, DependencyType.FS, 0);
        ProjectSchedule s = schedule();
        MilestoneReport risky = MilestoneReport.of(tooSoon, s, calendar, MONDAY);
        assertThat(risky.status()).isEqualTo(MilestoneStatus.AT_RISK);
        assertThat(risky.forecast()).isEqualTo(LocalDate.parse("2026-12-22"));
        // Thursday 17 to Tuesday 22, Friday 18 off: Monday 21 and Tuesday 22
        assertThat(risky.slipDays()).isEqualTo(2);
        assertThat(MilestoneReport.of(inTime, s, calendar, MONDAY).status()).isEqualTo(MilestoneStatus.ON_TRACK);
        assertThat(MilestoneReport.of(past, s, calendar, MONDAY).status()).isEqualTo(MilestoneStatus.MISSED);
        WorkItem reached = inTime.moveTo("done", io.worklane.domain.workitem.WorkItemStatus.DEFAULT, NOW);
        assertThat(MilestoneReport.of(reached, s, calendar, MONDAY).status()).isEqualTo(MilestoneStatus.DONE);
    }
}
