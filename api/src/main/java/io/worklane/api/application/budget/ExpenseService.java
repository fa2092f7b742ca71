package io.worklane.api.application.budget;

import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.budget.ExchangeRates;
import io.worklane.domain.budget.Expense;
import io.worklane.domain.budget.ExpenseFilter;
import io.worklane.domain.budget.Expenses;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Expenses: written with {@code budgets:write}; read with {@code budgets:read} where the caller may see
 * the project's costs; the project's MANAGER writes and reads its expenses without them (ADR 0084). Each write reassesses the project's thresholds in its transaction.
 */
@ApplicationScoped
public class ExpenseService {
    private final ProjectAccess projectAccess;
    private final Expenses expenses;
    private final Budgets budgets;
    private final ExchangeRates rates;
    private final Projects projects;
    private final ExpenseInputs inputs;
    private final Access access;
    private final Events events;
    private final Now now;
    private final BudgetAlerts alerts;

    public ExpenseService(Expenses expenses, Budgets budgets, ExchangeRates rates, Projects projects,
                          ExpenseInputs inputs, Access access, Events events, Now now, BudgetAlerts alerts, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.expenses = expenses;
        this.budgets = budgets;
        this.rates = rates;
        this.projects = projects;
        this.inputs = inputs;
        this.access = access;
        this.events = events;
        this.now = now;
        this.alerts = alerts;
    }

    @WithTransaction
    public Uni<Expense> create(Caller caller, String wsRef, ExpenseDraft draft) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_WRITE)
                .chain(ws -> inputs.resolve(ws.id(), draft)
                .call(r -> manages(caller, ws.id(), r.projectId(), draft.project()))
                .map(r -> Expense.create(ws.id(), r.projectId(), r.expense(), now.instant()))
                .call(x -> convertible(ws, x))
                .chain(expenses::insert)
                .call(saved -> events.record("expense.created", ws.id(), saved.id(), caller, saved.createdAt(),
                        BudgetData.of(saved), null))
                .call(saved -> alerts.reassess(caller, ws.id(), saved.projectId())));
    }

    /** budgets:read, or the MANAGER of the expense's project (ADR 0084). */
    public Uni<Expense> get(Caller caller, String wsRef, String id) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_READ)
                .chain(ws -> visible(caller, ws.id(), id).call(x -> projectAccess.requireManage(caller, ws.id(),
                        x.projectId(), Scope.BUDGETS_READ)));
    }

    /** budgets:read (a MEMBER's narrowed to what it may see and manages), or the expenses of what it manages. */
    public Uni<Page<Expense>> list(Caller caller, String wsRef, ExpenseQuery q, PageRequest page) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_READ)
                .chain(ws -> projectAccess.sight(caller, ws.id()).chain(sight -> caller.holds(ws.id(),
                        Scope.BUDGETS_READ) ? inputs.filter(ws.id(), q, CostAccess.narrowedTo(caller, ws.id()),
                        sight.managed(), false) : inputs.filter(ws.id(), q, null, sight.managed(), true)))
                .chain(f -> f.isEmpty() ? Uni.createFrom().item(new Page<Expense>(java.util.List.of(), null))
                        : expenses.list(f.get().workspaceId(), f.get().filter(), page)
                        .chain(found -> projectAccess.visibleOnly(caller, f.get().workspaceId(), found,
                                Expense::projectId)));
    }

    @WithTransaction
    public Uni<Expense> update(Caller caller, String wsRef, String id, Long expectedVersion, ExpensePatch patch) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_WRITE)
                .chain(ws -> visible(caller, ws.id(), id)
                .call(was -> projectAccess.requireManage(caller, ws.id(), was.projectId(), Scope.BUDGETS_WRITE))
                .chain(was -> {
                    ExpectedVersion.check(expectedVersion, was.version(), "Expense " + was.id());
                    ExpenseDraft merged = patch.mergedInto(was);
                    return inputs.resolve(ws.id(), merged)
                            .call(r -> manages(caller, ws.id(), r.projectId(), merged.project()))
                            .map(r -> was.change(r.projectId(), r.expense(), now.instant()))
                            .call(x -> convertible(ws, x))
                            .chain(expenses::update)
                            .call(saved -> events.record("expense.updated", ws.id(), saved.id(), caller,
                                    saved.updatedAt(), BudgetData.of(saved), BudgetData.of(was)))
                            .call(saved -> alerts.reassess(caller, ws.id(), saved.projectId()))
                            .call(saved -> saved.projectId().equals(was.projectId()) ? Uni.createFrom().voidItem()
                                    : alerts.reassess(caller, ws.id(), was.projectId()));
                }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_WRITE)
                .chain(ws -> visible(caller, ws.id(), id)
                .call(x -> projectAccess.requireManage(caller, ws.id(), x.projectId(), Scope.BUDGETS_WRITE))
                .chain(x -> {
                    ExpectedVersion.check(expectedVersion, x.version(), "Expense " + x.id());
                    return expenses.delete(ws.id(), x.id(), x.version())
                            .call(() -> events.record("expense.deleted", ws.id(), x.id(), caller, now.instant(),
                                    BudgetData.of(x), null))
                            .call(() -> alerts.reassess(caller, ws.id(), x.projectId()))
                            .replaceWith(x.id());
                }));
    }

    /** The expense's project must be one the caller sees (else 404) and manages, or it holds budgets:write. */
    private Uni<Void> manages(Caller caller, UUID workspaceId, UUID projectId, String projectRef) {
        return projectAccess.requireSees(caller, workspaceId, projectId, ErrorCode.PROJECT_NOT_FOUND, "Project",
                projectRef).chain(() -> projectAccess.requireManage(caller, workspaceId, projectId, Scope.BUDGETS_WRITE));
    }

    /**
     * Money never mixes currencies without an explicit conversion: an expense in another currency than
     * its project's budget (or, without one, the workspace's) needs a rate in force on its date.
     */
    private Uni<Void> convertible(Workspace ws, Expense x) {
        return Uni.combine().all().unis(budgets.ofProject(ws.id(), x.projectId()), rates.table(ws.id())).asTuple()
                .map(t -> {
                    String target = t.getItem1().map(Budget::currency).orElse(ws.defaultCurrency());
                    ExchangeRateTable table = t.getItem2();
                    if (!table.converts(x.amount().currency(), target, x.date())) {
                        throw ExchangeRateTable.missing(x.amount().currency(), target, x.date());
                    }
                    return null;
                });
    }

    private Uni<Expense> visible(Caller caller, UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Expense>empty()) : expenses.find(workspaceId, id))
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.<Expense>empty())
                        : Uni.combine().all().unis(projects.byIds(workspaceId, java.util.List.of(found.get().projectId())),
                                budgets.ofProject(workspaceId, found.get().projectId())).asTuple()
                        .chain(t -> projectAccess.sight(caller, workspaceId).map(sight -> t.getItem1().stream()
                                .filter(p -> sight.manages(p.id()) || !caller.holds(workspaceId, Scope.BUDGETS_READ)
                                        || CostAccess.maySee(caller, workspaceId, p,
                                        t.getItem2().map(Budget::visibleToMembers).orElse(false))).findFirst()
                                .flatMap(p -> found))))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.EXPENSE_NOT_FOUND, "Expense",
                        String.valueOf(ref))))
                .call(x -> projectAccess.requireSees(caller, workspaceId, x.projectId(), ErrorCode.EXPENSE_NOT_FOUND,
                        "Expense", String.valueOf(ref)));
    }

    /** The keys of the expenses' projects, for representations (one statement). */
    public Uni<java.util.Map<UUID, String>> projectKeys(UUID workspaceId, java.util.Collection<Expense> shown) {
        return ProjectLookup.keys(projects, workspaceId, shown.stream().map(Expense::projectId));
    }

    /** Filters of the expense list as written: refs and a category name. */
    public record ExpenseQuery(String project, String category, String workItem, java.time.LocalDate from,
                               java.time.LocalDate to) {
    }

    /** A resolved filter of one workspace. */
    record Resolved(UUID workspaceId, ExpenseFilter filter) {
    }
}
