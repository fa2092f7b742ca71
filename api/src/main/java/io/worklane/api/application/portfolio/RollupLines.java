package io.worklane.api.application.portfolio;

import io.worklane.api.application.shared.Caller;
import io.worklane.api.config.PlanningConfig;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.domain.planning.ProjectScheduler;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.portfolio.ExpectedBenefit;
import io.worklane.domain.portfolio.rollup.PortfolioRollup;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.project.Project;
import io.worklane.domain.resource.Granularity;
import io.worklane.domain.resource.Workload;
import io.worklane.domain.resource.WorkloadPeriod;
import io.worklane.domain.resource.WorkloadRange;
import io.worklane.domain.shared.Money;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each project's line of a roll-up, in memory, with the planning and budget code's own classes: the schedule
 * from {@link ProjectScheduler} and {@link MilestoneReport}, earned value from BudgetFigures, allocated
 * hours from {@link Workload}; money in {@link RollupMoney}. No figure is computed a second way.
 */
@ApplicationScoped
public class RollupLines {
    private final PlanningConfig planning;

    public RollupLines(PlanningConfig planning) {
        this.planning = planning;
    }

    List<ProjectRollup> of(Caller caller, RollupInputs in) {
        if (in.members().isEmpty()) {
            return List.of();
        }
        WorkingCalendar calendar = WorkingCalendar.of(in.network().holidays());
        ProjectScheduler scheduler = new ProjectScheduler(calendar, planning.hoursPerDay() * 60);
        Map<UUID, List<WorkItem>> itemsByProject = in.network().items().stream()
                .collect(Collectors.groupingBy(WorkItem::projectId));
        List<WorkItem> everything = new ArrayList<>(in.network().items());
        everything.addAll(in.network().outside());
        List<ProjectRollup> out = new ArrayList<>();
        for (RollupInputs.Member m : in.members()) {
            Project project = in.projects().get(m.projectId());
            if (project == null) {
                continue;
            }
            List<WorkItem> items = itemsByProject.getOrDefault(project.id(), List.of());
            ProjectSchedule schedule = RollupSchedules.schedule(scheduler, in, project, items, everything);
            ProjectRollup.Progress progress = progressOf(in.estimates().get(project.id()));
            RollupMoney.Budgeted budget = RollupMoney.budget(caller, in, project, progress);
            ExpectedBenefit benefit = in.benefits().get(project.id());
            Money benefits = benefit == null ? null : RollupMoney.convert(in, benefit.amount());
            ProjectRollup line = new ProjectRollup(project.id(), project.key(), project.name(), m.portfolioId(),
                    m.rank(), in.status().get(project.id()), progress,
                    RollupSchedules.figures(in, calendar, schedule, items, budget.cost()), budget.cost(), budget.problem(),
                    in.risks().getOrDefault(project.id(), new ProjectRollup.RiskFigures(0, 0)),
                    allocatedHours(in, project.id()), benefits, null);
            out.add(line.withRoi());
        }
        return out;
    }

    private static ProjectRollup.Progress progressOf(ProjectProgress.Estimates e) {
        return e == null ? ProjectRollup.Progress.of(0, 0) : ProjectRollup.Progress.of(e.doneMinutes(), e.allMinutes());
    }

    /** Hours the project's allocations reserve over the four weeks from asOf (Workload's own arithmetic). */
    private static BigDecimal allocatedHours(RollupInputs in, UUID projectId) {
        var mine = in.work().allocations().stream().filter(a -> a.projectId().equals(projectId)).toList();
        if (mine.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        var range = new WorkloadRange(in.asOf(), in.asOf().plusDays(PortfolioRollup.ALLOCATION_DAYS - 1),
                Granularity.DAY);
        long minutes = Workload.compute(range, in.work().resources(), Set.copyOf(in.network().holidays()), mine,
                List.of(), List.of()).stream().flatMap(w -> w.periods().stream())
                .mapToLong(WorkloadPeriod::allocatedMinutes).sum();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
