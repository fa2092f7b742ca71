package io.worklane.api.application.portfolio;

import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.MilestoneStatus;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.domain.planning.ProjectScheduler;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.portfolio.rollup.Cost;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.project.Project;
import io.worklane.domain.workitem.WorkItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The schedule of a roll-up line: {@link ProjectScheduler} on the project's network, against its latest baseline. */
final class RollupSchedules {
    private RollupSchedules() {
    }

    static ProjectSchedule schedule(ProjectScheduler scheduler, RollupInputs in, Project project,
                                    List<WorkItem> items, List<WorkItem> everything) {
        Set<UUID> mine = items.stream().map(WorkItem::id).collect(Collectors.toSet());
        List<Dependency> deps = in.network().dependencies().stream()
                .filter(d -> mine.contains(d.predecessorId()) || mine.contains(d.successorId())).toList();
        Set<UUID> far = new HashSet<>();
        deps.forEach(d -> {
            far.add(d.predecessorId());
            far.add(d.successorId());
        });
        far.removeAll(mine);
        List<WorkItem> outside = everything.stream().filter(w -> far.contains(w.id())).toList();
        return scheduler.schedule(new ProjectScheduler.Input(project, items, deps, outside, in.today()));
    }

    static ProjectRollup.Schedule figures(RollupInputs in, WorkingCalendar calendar,
                                         ProjectSchedule s, List<WorkItem> items, Cost cost) {
        Baseline baseline = in.baselines().get(s.projectId());
        Integer baselineDays = baseline == null || baseline.finish() == null || s.earliestFinish() == null ? null
                : calendar.onOrBefore(s.earliestFinish()) - calendar.onOrBefore(baseline.finish());
        int late = (int) items.stream().filter(WorkItem::isMilestone)
                .map(m -> MilestoneReport.of(m, s, calendar, in.today()).status())
                .filter(st -> st == MilestoneStatus.MISSED || st == MilestoneStatus.AT_RISK).count();
        return new ProjectRollup.Schedule(s.earliestFinish(), s.targetDate(), s.finishVarianceDays(),
                baseline == null ? null : baseline.finish(), baselineDays, late, cost == null ? null : cost.spi());
    }
}
