package io.worklane.api.graphql.budget;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.application.budget.ExchangeRateService;
import io.worklane.api.application.budget.ExpenseDraft;
import io.worklane.api.application.budget.ExpensePatch;
import io.worklane.api.application.budget.ExpenseService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Expenses and exchange rates over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class ExpenseApi {
    private final ExpenseService expenses;
    private final ExchangeRateService rates;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ExpenseApi(ExpenseService expenses, ExchangeRateService rates, IdempotentCreate idempotent,
                      CurrentCaller caller) {
        this.expenses = expenses;
        this.rates = rates;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The expenses the caller may see, by date, at most 200: use expensesConnection, which pages.")
    @Deprecated
    public Uni<List<BudgetTypes.@NonNull ExpenseView>> expenses(@Source Workspace workspace, String project,
                                                               BudgetTypes.Category category, LocalDate from,
                                                               LocalDate to) {
        return Uni.createFrom().deferred(() -> expenses.list(caller.get(), workspace.getId(),
                        new ExpenseService.ExpenseQuery(project, category == null ? null : category.name(), null, from,
                                to), PageRequest.of(PageRequest.MAX_LIMIT, null)))
                .map(p -> p.items().stream().map(BudgetTypes.ExpenseView::of).toList());
    }

    @NonNull
    @Description("The expenses the caller may see, by date, in pages, filtered by project (key or id), category and "
            + "a date range. Needs budgets:read.")
    public Uni<ExpenseConnections.Connection> expensesConnection(@Source Workspace workspace,
            @Name("project") String project, @Name("category") BudgetTypes.Category category,
            @Name("from") LocalDate from, @Name("to") LocalDate to, @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> expenses.list(caller.get(), workspace.getId(),
                        new ExpenseService.ExpenseQuery(project, category == null ? null : category.name(), null, from,
                                to), Paging.request(first, after, ExpenseConnections.BY_DATE)))
                .map(ExpenseConnections.Connection::of);
    }

    @NonNull
    @Description("The workspace's exchange rates, oldest first, at most 200: use exchangeRatesConnection, which pages.")
    @Deprecated
    public Uni<List<BudgetTypes.@NonNull RateView>> exchangeRates(@Source Workspace workspace) {
        return Uni.createFrom().deferred(() -> rates.list(caller.get(), workspace.getId(),
                PageRequest.of(PageRequest.MAX_LIMIT, null))).map(p -> p.items().stream().map(BudgetTypes.RateView::of)
                .toList());
    }

    @NonNull
    @Description("The workspace's exchange rates, oldest first, in pages. Needs budgets:read.")
    public Uni<ExchangeRateConnections.Connection> exchangeRatesConnection(@Source Workspace workspace,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> rates.list(caller.get(), workspace.getId(),
                Paging.request(first, after, Paging.CREATED_AT))).map(ExchangeRateConnections.Connection::of);
    }

    @Mutation("createExpense")
    @Description("Records an expense; another currency than the budget's needs a rate in force on its date "
            + "(NO_EXCHANGE_RATE). Needs budgets:write.")
    public Uni<BudgetTypes.ExpensePayload> createExpense(@Name("input") @NonNull BudgetInputs.CreateExpense in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            ExpenseDraft draft = new ExpenseDraft(in.project, in.category.name(), in.amount.amount, in.amount.currency,
                    in.date, in.note, in.workItem);
            return idempotent.run(who, in.idempotencyKey, "createExpense", in,
                    () -> expenses.create(who, in.workspace, draft).map(x -> payload(x)),
                    p -> p.expense().id(), id -> expenses.get(who, in.workspace, id).map(ExpenseApi::payload));
        });
    }

    @Mutation("updateExpense")
    @Description("Changes an expense. Needs budgets:write.")
    public Uni<BudgetTypes.ExpensePayload> updateExpense(@Name("input") @NonNull BudgetInputs.UpdateExpense in) {
        return Uni.createFrom().deferred(() -> expenses.update(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion), new ExpensePatch(Changes.of(in.project),
                        Changes.of(in.category == null ? null : in.category.name()),
                        Changes.of(in.amount == null ? null : in.amount.amount),
                        Changes.of(in.amount == null ? null : in.amount.currency), Changes.of(in.date),
                        Changes.of(in.note, in.clear, BudgetTypes.ExpenseField.NOTE, "note"),
                        Changes.of(in.workItem, in.clear, BudgetTypes.ExpenseField.WORK_ITEM, "workItem"))))
                .map(ExpenseApi::payload);
    }

    @Mutation("deleteExpense")
    @Description("Deletes an expense. Needs budgets:write.")
    public Uni<DeletePayload> deleteExpense(@Name("input") @NonNull BudgetInputs.DeleteExpense in) {
        return Uni.createFrom().deferred(() -> expenses.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    @Mutation("createExchangeRate")
    @Description("Adds a rate: 1 from is worth rate to, from effectiveFrom on. Needs budgets:write.")
    public Uni<BudgetTypes.RatePayload> createExchangeRate(@Name("input") @NonNull BudgetInputs.CreateRate in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, in.idempotencyKey, "createExchangeRate", in,
                    () -> rates.create(who, in.workspace, in.from, in.to, in.rate, in.effectiveFrom)
                            .map(r -> new BudgetTypes.RatePayload(BudgetTypes.RateView.of(r))),
                    p -> p.exchangeRate().id(), id -> rates.get(who, in.workspace, id)
                            .map(r -> new BudgetTypes.RatePayload(BudgetTypes.RateView.of(r))));
        });
    }

    @Mutation("deleteExchangeRate")
    @Description("Deletes a rate. Needs budgets:write.")
    public Uni<DeletePayload> deleteExchangeRate(@Name("input") @NonNull BudgetInputs.DeleteRate in) {
        return Uni.createFrom().deferred(() -> rates.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    private static BudgetTypes.ExpensePayload payload(io.worklane.domain.budget.Expense x) {
        return new BudgetTypes.ExpensePayload(BudgetTypes.ExpenseView.of(x));
    }
}
