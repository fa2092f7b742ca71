package io.worklane.api.application.budget;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.budget.CostCategory;
import io.worklane.domain.budget.ExpenseFilter;
import io.worklane.domain.budget.NewExpense;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Resolves the references of written expenses and list filters (project and work item by id or key). */
@ApplicationScoped
public class ExpenseInputs {
    private final Projects projects;
    private final WorkItems workItems;

    public ExpenseInputs(Projects projects, WorkItems workItems) {
        this.projects = projects;
        this.workItems = workItems;
    }

    /** The project id and the expense to check; unknown references refused with the domain's problems. */
    public record Resolved(UUID projectId, NewExpense expense) {
    }

    Uni<Resolved> resolve(UUID workspaceId, ExpenseDraft d) {
        return Uni.combine().all().unis(project(workspaceId, d.project()), item(workspaceId, d.workItem())).asTuple()
                .map(t -> {
                    List<FieldError> errors = new ArrayList<>();
                    Optional<Project> project = t.getItem1();
                    // a missing project or item is 404, so another workspace's id reveals nothing
                    if (d.project() == null) {
                        errors.add(new FieldError("project", "REQUIRED", "is required (a project id or key)"));
                    } else if (project.isEmpty()) {
                        throw DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", d.project());
                    }
                    Optional<WorkItem> item = t.getItem2();
                    if (d.workItem() != null && item.isEmpty()) {
                        throw DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", d.workItem());
                    } else if (item.isPresent() && project.isPresent()
                            && !item.get().projectId().equals(project.get().id())) {
                        errors.add(new FieldError("workItem", "WORK_ITEM_NOT_IN_PROJECT", "'" + d.workItem()
                                + "' belongs to another project than " + project.get().key()));
                    }
                    NewExpense n = new NewExpense(d.category(), d.amount(), d.currency(), d.date(), d.note(),
                            item.map(WorkItem::id).orElse(null));
                    return BudgetService.validated(errors, () -> {
                        io.worklane.domain.budget.Expense.create(UUID.randomUUID(), UUID.randomUUID(), n,
                                java.time.Instant.EPOCH);
                        return new Resolved(project.map(Project::id).orElse(null), n);
                    });
                });
    }

    /** Empty when a named project or work item does not exist: the list is then empty, not an error. */
    Uni<Optional<ExpenseService.Resolved>> filter(UUID workspaceId, ExpenseService.ExpenseQuery q, UUID member,
                                                  java.util.Set<UUID> managed, boolean managedOnly) {
        CostCategory category = null;
        if (q.category() != null) {
            category = CostCategory.parse(q.category()).orElseThrow(() -> DomainException.validation(List.of(
                    new FieldError("category", "UNKNOWN_CATEGORY", "'" + q.category() + "' is not a category; use one"
                            + " of " + CostCategory.names()))));
        }
        CostCategory chosen = category;
        return Uni.combine().all().unis(project(workspaceId, q.project()), item(workspaceId, q.workItem())).asTuple()
                .map(t -> (q.project() != null && t.getItem1().isEmpty()) || (q.workItem() != null && t.getItem2().isEmpty())
                        ? Optional.empty()
                        : Optional.of(new ExpenseService.Resolved(workspaceId, new ExpenseFilter(
                        t.getItem1().map(Project::id).orElse(null), chosen, t.getItem2().map(WorkItem::id).orElse(null),
                        q.from(), q.to(), member, managed, managedOnly))));
    }

    private Uni<Optional<Project>> project(UUID workspaceId, String ref) {
        return ref == null ? Uni.createFrom().item(Optional.empty()) : projects.find(workspaceId, ref);
    }

    private Uni<Optional<WorkItem>> item(UUID workspaceId, String ref) {
        return ref == null ? Uni.createFrom().item(Optional.empty()) : workItems.find(workspaceId, ref);
    }
}
