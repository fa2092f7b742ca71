package io.worklane.api.graphql.budget;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.application.budget.BudgetPatch;
import io.worklane.api.application.budget.BudgetService;
import io.worklane.api.application.budget.BudgetSummaries;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Budgets over GraphQL: the same use cases and refusals as REST; Project.budget batched. */
@GraphQLApi
@Authenticated
public class BudgetApi {
    private final BudgetService budgets;
    private final BudgetSummaries summaries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public BudgetApi(BudgetService budgets, BudgetSummaries summaries, IdempotentCreate idempotent,
                     CurrentCaller caller) {
        this.budgets = budgets;
        this.summaries = summaries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The budgets the caller may see, oldest first, at most 200: use budgetsConnection, which pages.")
    @Deprecated
    public Uni<List<@NonNull Budget>> budgets(@Source Workspace workspace, String project) {
        return Uni.createFrom().deferred(() -> budgets.list(caller.get(), workspace.getId(), project,
                PageRequest.of(PageRequest.MAX_LIMIT, null))).map(p -> p.items().stream().map(Budget::new).toList());
    }

    @NonNull
    @Description("The budgets the caller may see, oldest first, in pages; project (key or id) narrows to one "
            + "project's. Needs budgets:read.")
    public Uni<BudgetConnections.Connection> budgetsConnection(@Source Workspace workspace,
            @Name("project") String project, @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> budgets.list(caller.get(), workspace.getId(), project,
                Paging.request(first, after, Paging.CREATED_AT))).map(BudgetConnections.Connection::of);
    }

    @Description("The project's budget, if it has one the caller may see. Needs budgets:read, or the project "
            + "role MANAGER (then of the projects it manages only).")
    public Uni<List<Budget>> budget(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, BudgetService.Shown>load(sources, p -> p.domain().workspaceId(),
                    p -> List.of(p.domain().id()), (ws, ids) -> budgets.ofProjects(who, ws, sources.stream()
                            .map(Project::domain).filter(p -> ids.contains(p.id())).toList()));
        }).map(found -> sources.stream().map(p -> found.get(p.domain().id())).map(s -> s == null ? null
                : new Budget(s)).toList());
    }

    @NonNull
    @Description("Planned against actual, burn rate, forecast and earned value at asOf (default today, UTC); see "
            + "docs/earned-value.md. NO_EXCHANGE_RATE when a cost cannot be converted.")
    public Uni<BudgetSummaryView> summary(@Source Budget budget, LocalDate asOf) {
        return Uni.createFrom().deferred(() -> summaries.of(budget.shown(), asOf)).map(BudgetSummaryView::new);
    }

    @Mutation("createBudget")
    @Description("Creates a project's budget (one per project: BUDGET_ALREADY_EXISTS). Needs budgets:write.")
    public Uni<BudgetTypes.BudgetPayload> createBudget(@Name("input") @NonNull BudgetInputs.CreateBudget in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, in.idempotencyKey, "createBudget", in,
                    () -> budgets.create(who, in.workspace, in.project, BudgetInputMapping.budget(in))
                            .map(s -> new BudgetTypes.BudgetPayload(new Budget(s))),
                    p -> p.budget().getId(), id -> budgets.get(who, in.workspace, id)
                            .map(s -> new BudgetTypes.BudgetPayload(new Budget(s))));
        });
    }

    @Mutation("updateBudget")
    @Description("Changes a budget; lines and thresholds are replaced whole. Needs budgets:write.")
    public Uni<BudgetTypes.BudgetPayload> updateBudget(@Name("input") @NonNull BudgetInputs.UpdateBudget in) {
        return Uni.createFrom().deferred(() -> budgets.update(caller.get(), in.workspace, in.id,
                        Changes.version(in.expectedVersion), new BudgetPatch(Changes.of(in.currency),
                                in.lines == null ? Changes.of(null) : Changes.of(BudgetInputMapping.lines(in.lines)),
                                Changes.of(in.thresholds), Changes.of(in.visibleToMembers))))
                .map(s -> new BudgetTypes.BudgetPayload(new Budget(s)));
    }

    @Mutation("deleteBudget")
    @Description("Deletes a budget; the project's expenses stay. Needs budgets:write.")
    public Uni<DeletePayload> deleteBudget(@Name("input") @NonNull BudgetInputs.DeleteBudget in) {
        return Uni.createFrom().deferred(() -> budgets.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }
}
