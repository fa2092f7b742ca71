package io.worklane.api.rest.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.budget.BudgetService;
import io.worklane.api.application.budget.BudgetSummaries;
import io.worklane.api.application.budget.ExchangeRateService;
import io.worklane.api.application.budget.ExpenseService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.budget.Expense;
import io.worklane.openapi.api.BudgetsApi;
import io.worklane.openapi.model.BudgetCreate;
import io.worklane.openapi.model.ExchangeRateCreate;
import io.worklane.openapi.model.ExpenseCreate;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Budgets, their summaries, expenses and exchange rates over REST: translation only. */
@Authenticated
public class BudgetsResource implements BudgetsApi {
    private final BudgetService budgets;
    private final BudgetSummaries summaries;
    private final ExpenseService expenses;
    private final ExchangeRateService rates;
    private final CurrentCaller caller;
    private final RestResponses responses;
    private final ObjectMapper withNulls;

    public BudgetsResource(BudgetService budgets, BudgetSummaries summaries, ExpenseService expenses,
                           ExchangeRateService rates, CurrentCaller caller, RestResponses responses,
                           ObjectMapper json) {
        this.budgets = budgets;
        this.summaries = summaries;
        this.expenses = expenses;
        this.rates = rates;
        this.caller = caller;
        this.responses = responses;
        this.withNulls = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    @Override
    public CompletionStage<Response> createBudget(String ws, BudgetCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/budgets", b,
                () -> budgets.create(c, ws, b.getProject(), BudgetRequests.budget(b)), BudgetDtos::of,
                s -> "/api/v1/workspaces/" + s.budget().workspaceId() + "/budgets/" + s.budget().id());
    }

    @Override
    public CompletionStage<Response> listBudgets(String ws, String project, Integer limit, String cursor) {
        return responses.list(budgets.list(caller.get(), ws, project, Pages.of(limit, cursor, "createdAt")),
                BudgetDtos::budgets);
    }

    @Override
    public CompletionStage<Response> getBudget(String ws, UUID budgetId) {
        return responses.ok(budgets.get(caller.get(), ws, budgetId.toString()), BudgetDtos::of,
                s -> s.budget().version());
    }

    @Override
    public CompletionStage<Response> updateBudget(String ws, UUID budgetId, Map body, String ifMatch) {
        var patch = BudgetRequests.budgetPatch(body);
        return responses.ok(budgets.update(caller.get(), ws, budgetId.toString(), Versions.ifMatch(ifMatch), patch),
                BudgetDtos::of, s -> s.budget().version());
    }

    @Override
    public CompletionStage<Response> deleteBudget(String ws, UUID budgetId, String ifMatch) {
        return responses.noContent(budgets.delete(caller.get(), ws, budgetId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    /** Written with nulls kept (the application's mapper leaves them out): an undefined figure reads as null. */
    @Override
    public CompletionStage<Response> getBudgetSummary(String ws, UUID budgetId, LocalDate asOf) {
        return summaries.summary(caller.get(), ws, budgetId.toString(), asOf).map(s -> {
            try {
                return Response.ok(withNulls.writeValueAsString(BudgetDtos.summary(budgetId, s)),
                        MediaType.APPLICATION_JSON_TYPE).build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("summary not serialisable", e);
            }
        }).subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> createExpense(String ws, ExpenseCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/expenses", b,
                () -> expenseView(expenses.create(c, ws, BudgetRequests.expense(b))), v -> v.dto,
                v -> "/api/v1/workspaces/" + v.expense.workspaceId() + "/expenses/" + v.expense.id());
    }

    @Override
    public CompletionStage<Response> listExpenses(String ws, String project, String category, String workItem,
                                                  LocalDate from, LocalDate to, Integer limit, String cursor) {
        var query = new ExpenseService.ExpenseQuery(project, category, workItem, from, to);
        return responses.list(expenses.list(caller.get(), ws, query, Pages.of(limit, cursor, "date")).chain(page ->
                page.items().isEmpty() ? Uni.createFrom().item(BudgetDtos.expenses(page, Map.of()))
                        : expenses.projectKeys(page.items().get(0).workspaceId(), page.items())
                        .map(keys -> BudgetDtos.expenses(page, keys))), dto -> dto);
    }

    @Override
    public CompletionStage<Response> getExpense(String ws, UUID expenseId) {
        return responses.ok(expenseView(expenses.get(caller.get(), ws, expenseId.toString())), v -> v.dto,
                v -> v.expense.version());
    }

    @Override
    public CompletionStage<Response> updateExpense(String ws, UUID expenseId, Map body, String ifMatch) {
        var patch = BudgetRequests.expensePatch(body);
        return responses.ok(expenseView(expenses.update(caller.get(), ws, expenseId.toString(),
                Versions.ifMatch(ifMatch), patch)), v -> v.dto, v -> v.expense.version());
    }

    @Override
    public CompletionStage<Response> deleteExpense(String ws, UUID expenseId, String ifMatch) {
        return responses.noContent(expenses.delete(caller.get(), ws, expenseId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> createExchangeRate(String ws, ExchangeRateCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/exchange-rates", b,
                () -> rates.create(c, ws, b.getFrom(), b.getTo(), b.getRate(), b.getEffectiveFrom()), BudgetDtos::of,
                r -> "/api/v1/workspaces/" + r.workspaceId() + "/exchange-rates/" + r.id());
    }

    @Override
    public CompletionStage<Response> listExchangeRates(String ws, Integer limit, String cursor) {
        return responses.list(rates.list(caller.get(), ws, Pages.of(limit, cursor, "createdAt")), BudgetDtos::rates);
    }

    @Override
    public CompletionStage<Response> getExchangeRate(String ws, UUID exchangeRateId) {
        return responses.ok(rates.get(caller.get(), ws, exchangeRateId.toString()), BudgetDtos::of, r -> r.version());
    }

    @Override
    public CompletionStage<Response> deleteExchangeRate(String ws, UUID exchangeRateId, String ifMatch) {
        return responses.noContent(rates.delete(caller.get(), ws, exchangeRateId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    private Uni<ExpenseView> expenseView(Uni<Expense> expense) {
        return expense.chain(x -> expenses.projectKeys(x.workspaceId(), List.of(x))
                .map(keys -> new ExpenseView(x, BudgetDtos.of(x, keys))));
    }

    /** An expense with its REST representation (which needs its project's key). */
    private record ExpenseView(Expense expense, io.worklane.openapi.model.Expense dto) {
    }
}
