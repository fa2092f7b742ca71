package io.worklane.api.application.planning;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.planning.BaselineItem;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A project's plan as it stands: its items with their dates (planned, else scheduled), the schedule,
 * the calendar and the budget's BAC. The schedule's statements plus one for the budget.
 */
@ApplicationScoped
public class PlanSnapshots {
    private final ScheduleReads reads;
    private final Budgets budgets;

    public PlanSnapshots(ScheduleReads reads, Budgets budgets) {
        this.reads = reads;
        this.budgets = budgets;
    }

    public record Snapshot(ProjectSchedule schedule, List<BaselineItem> items, WorkingCalendar calendar, Money bac,
                           boolean budgetVisibleToMembers) {
    }

    public Uni<Snapshot> of(Project project) {
        return reads.of(project).chain(n -> budgets.ofProject(project.workspaceId(), project.id()).map(budget -> {
            ProjectSchedule schedule = n.scheduler().schedule(n.input());
            List<BaselineItem> items = n.input().items().stream().map(i -> BaselineItem.of(i, schedule)).toList();
            return new Snapshot(schedule, items, n.calendar(), budget.map(Budget::atCompletion).orElse(null),
                    budget.map(Budget::visibleToMembers).orElse(false));
        }));
    }
}
