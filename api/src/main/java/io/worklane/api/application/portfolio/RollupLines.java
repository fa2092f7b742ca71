package io.worklane.api.application.portfolio;

import io.worklane.api.application.budget.CostAccess;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.config.PlanningConfig;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.BudgetFigures;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.MilestoneStatus;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.domain.planning.ProjectScheduler;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.portfolio.ExpectedBenefit;
import io.worklane.domain.portfolio.rollup.Cost;
import io.worklane.domain.portfolio.rollup.PortfolioRollup;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.portfolio.rollup.Roi;
import io.worklane.domain.project.Project;
import io.worklane.domain.resource.Granularity;
import io.worklane.domain.resource.Workload;
import io.worklane.domain.resource.WorkloadPeriod;
import io.worklane.domain.resource.WorkloadRange;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.Money;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each project's line of a roll-up, in memory, with the planning and budget code's own classes: the schedule
 * from {@link ProjectScheduler} and {@link MilestoneReport}, earned value from {@link BudgetFigures}, allocated
 * hours from {@link Workload}. No figure is computed a second way.
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
            ProjectSchedule schedule = schedule(scheduler, in, project, items, everything);
            ProjectRollup.Progress progress = progressOf(in.estimates().get(project.id()));
            Budgeted budget = budget(caller, in, project, progress);
            ExpectedBenefit benefit = in.benefits().get(project.id());
            Money benefits = benefit == null ? null : convert(in, benefit.amount());
            ProjectRollup line = new ProjectRollup(project.id(), project.key(), project.name(), m.portfolioId(),
                    m.rank(), in.status().get(project.id()), progress,
                    scheduleFigures(in, calendar, schedule, items, budget.cost()), budget.cost(), budget.problem(),
                    in.risks().getOrDefault(project.id(), new ProjectRollup.RiskFigures(0, 0)),
                    allocatedHours(in, project.id()), benefits, null);
            out.add(withRoi(line));
        }
        return out;
    }

    private record Budgeted(Cost cost, String problem) {
    }

    private static ProjectRollup withRoi(ProjectRollup l) {
        return new ProjectRollup(l.projectId(), l.key(), l.name(), l.portfolioId(), l.rank(), l.status(), l.progress(),
                l.schedule(), l.budget(), l.budgetProblem(), l.risks(), l.allocatedHours(), l.expectedBenefits(),
                Roi.of(l.expectedBenefits(), l.forecastCost()));
    }

    private static ProjectSchedule schedule(ProjectScheduler scheduler, RollupInputs in, Project project,
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

    private static ProjectRollup.Schedule scheduleFigures(RollupInputs in, WorkingCalendar calendar,
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

    private static ProjectRollup.Progress progressOf(ProjectProgress.Estimates e) {
        return e == null ? ProjectRollup.Progress.of(0, 0) : ProjectRollup.Progress.of(e.doneMinutes(), e.allMinutes());
    }

    /** Earned value in the budget's currency, then converted; hidden from those who may not see the costs. */
    private static Budgeted budget(Caller caller, RollupInputs in, Project project, ProjectRollup.Progress progress) {
        Budget b = in.money().budgets().get(project.id());
        if (b == null || !caller.holds(project.workspaceId(), Scope.BUDGETS_READ)
                || !CostAccess.maySee(caller, project.workspaceId(), project, b.visibleToMembers())) {
            return new Budgeted(null, null);
        }
        List<ActualCost> costs = new ArrayList<>(in.money().expenses().getOrDefault(project.id(), List.of()));
        costs.addAll(in.money().labour().getOrDefault(project.id(), List.of()));
        try {
            var summary = BudgetFigures.of(new BudgetFigures.Inputs(b, project.startDate(), project.targetDate(),
                    in.asOf(), costs, in.money().rates(), progress.doneMinutes(), progress.allMinutes()));
            return new Budgeted(Cost.of(summary.earnedValue(), in.money().rates(), in.portfolio().currency(),
                    in.asOf()), null);
        } catch (DomainException e) {
            return new Budgeted(null, e.getMessage());
        }
    }

    /** Benefits in the portfolio's currency; left out (null) when no rate converts them. */
    private static Money convert(RollupInputs in, Money amount) {
        if (amount.currency().equals(in.portfolio().currency())) {
            return amount;
        }
        var table = in.money().rates();
        return !table.converts(amount.currency(), in.portfolio().currency(), in.asOf()) ? null
                : table.convert(amount, in.portfolio().currency(), in.asOf());
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
