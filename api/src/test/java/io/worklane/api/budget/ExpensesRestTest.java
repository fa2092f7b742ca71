package io.worklane.api.budget;

import static io.worklane.api.budget.Budgeting.aBudget;
import static io.worklane.api.budget.Budgeting.aBudgetOf;
import static io.worklane.api.budget.Budgeting.anExpense;
import static io.worklane.api.budget.Budgeting.anExpenseOf;
import static io.worklane.api.budget.Budgeting.budgets;
import static io.worklane.api.budget.Budgeting.expenses;
import static io.worklane.api.budget.Budgeting.line;
import static io.worklane.api.budget.Budgeting.money;
import static io.worklane.api.budget.Budgeting.rates;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expenses and exchange rates over REST: conversion refused without a rate, filters, versions. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ExpensesRestTest {

    @Test
    void an_expense_in_another_currency_needs_a_rate_in_force_on_its_date() {
        String ws = aWorkspace();
        aProject(ws, "FX");
        asAdmin().body(aBudget("FX", "EUR", List.of(line("TRAVEL", "1000.00", "EUR")))).post(budgets(ws)).then()
                .statusCode(201);
        asAdmin().body(anExpense("FX", "TRAVEL", "110.00", "USD", "2026-11-20")).post(expenses(ws)).then()
                .statusCode(422).body("code", equalTo("NO_EXCHANGE_RATE"))
                .body("detail", org.hamcrest.Matchers.containsString("USD to EUR"));
        asAdmin().get(expenses(ws)).then().body("items", hasSize(0));

        asAdmin().body(Map.of("from", "USD", "to", "EUR", "rate", "0.90", "effectiveFrom", "2026-11-01"))
                .post(rates(ws)).then().statusCode(201).body("rate", equalTo("0.9"));
        asAdmin().body(anExpense("FX", "TRAVEL", "110.00", "USD", "2026-10-31")).post(expenses(ws)).then()
                .statusCode(422).body("code", equalTo("NO_EXCHANGE_RATE"));
        asAdmin().body(anExpense("FX", "TRAVEL", "110.00", "USD", "2026-11-20")).post(expenses(ws)).then()
                .statusCode(201).body("amount.amount", equalTo("110.00")).body("amount.currency", equalTo("USD"))
                .body("projectKey", equalTo("FX"));
        asAdmin().body(Map.of("from", "USD", "to", "EUR", "rate", "0.95", "effectiveFrom", "2026-11-01"))
                .post(rates(ws)).then().statusCode(409).body("code", equalTo("EXCHANGE_RATE_ALREADY_EXISTS"));
        asAdmin().body(Map.of("from", "USD", "to", "XYZ", "rate", "-1", "effectiveFrom", "2026-11-01"))
                .post(rates(ws)).then().statusCode(400).body("errors.code", contains("UNKNOWN_CURRENCY", "INVALID_RATE"));
        asAdmin().get(rates(ws)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void bad_expenses_are_refused_with_precise_codes() {
        String ws = aWorkspace();
        aProject(ws, "EX");
        asAdmin().body(anExpense("EX", "FOOD", "-1.00", "EUR", null)).post(expenses(ws)).then().statusCode(400)
                .body("errors.code", contains("UNKNOWN_CATEGORY", "NEGATIVE_AMOUNT", "REQUIRED"));
        asAdmin().body(anExpense("NOPE", "OTHER", "1.00", "EUR", "2026-01-01")).post(expenses(ws)).then()
                .statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
        asAdmin().body(anExpense("EX", "OTHER", "1.001", "EUR", "2026-01-01")).post(expenses(ws)).then()
                .statusCode(400).body("errors.code", contains("TOO_MANY_DECIMALS"));
        aProject(ws, "EY");
        String other = aWorkItem(ws, "EY", "Elsewhere").extract().path("key");
        Map<String, Object> body = anExpense("EX", "OTHER", "1.00", "EUR", "2026-01-01");
        body.put("workItem", other);
        asAdmin().body(body).post(expenses(ws)).then().statusCode(400)
                .body("errors[0].code", equalTo("WORK_ITEM_NOT_IN_PROJECT"));
        asAdmin().get(expenses(ws)).then().body("items", hasSize(0));
    }

    @Test
    void expenses_are_listed_by_date_filtered_and_paged_and_changed_with_their_version() {
        String ws = aWorkspace();
        aProject(ws, "LS");
        aProject(ws, "LT");
        String item = aWorkItem(ws, "LS", "Laptops").extract().path("key");
        Map<String, Object> withItem = anExpense("LS", "MATERIALS", "30.00", "EUR", "2026-03-01");
        withItem.put("workItem", item);
        withItem.put("note", "Three laptops");
        String third = asAdmin().body(withItem).post(expenses(ws)).then().statusCode(201)
                .body("workItemId", notNullValue()).body("note", equalTo("Three laptops")).extract().path("id");
        String first = anExpenseOf(ws, "LS", "10.00", "2026-01-01");
        asAdmin().body(anExpense("LT", "TRAVEL", "20.00", "EUR", "2026-02-01")).post(expenses(ws)).then().statusCode(201);

        asAdmin().get(expenses(ws) + "?project=LS").then().body("items.id", contains(first, third));
        asAdmin().get(expenses(ws) + "?category=TRAVEL").then().body("items.amount.amount", contains("20.00"));
        asAdmin().get(expenses(ws) + "?from=2026-01-15&to=2026-02-15").then().body("items", hasSize(1));
        asAdmin().get(expenses(ws) + "?workItem=" + item).then().body("items.id", contains(third));
        asAdmin().get(expenses(ws) + "?category=FOOD").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_CATEGORY"));
        String cursor = asAdmin().get(expenses(ws) + "?limit=2").then().body("items", hasSize(2))
                .extract().path("nextCursor");
        asAdmin().get(expenses(ws) + "?limit=2&cursor=" + cursor).then().body("items.id", contains(third))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());

        asAdmin().header("If-Match", "\"0\"").body(Map.of("amount", money("12.50", "EUR"), "note", "Cables"))
                .patch(expenses(ws) + "/" + first).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("amount.amount", equalTo("12.50")).body("note", equalTo("Cables"));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("note", "late")).patch(expenses(ws) + "/" + first).then()
                .statusCode(412);
        asAdmin().body(Map.of("amount", money("1.234", "EUR"))).patch(expenses(ws) + "/" + first).then()
                .statusCode(400).body("errors[0].code", equalTo("TOO_MANY_DECIMALS"));
        asAdmin().header("If-Match", "\"1\"").delete(expenses(ws) + "/" + first).then().statusCode(204);
        asAdmin().get(expenses(ws) + "/" + first).then().statusCode(404).body("code", equalTo("EXPENSE_NOT_FOUND"));
    }

    @Test
    void expenses_of_a_project_without_budget_are_checked_against_the_workspace_currency() {
        String ws = aWorkspace();
        aProject(ws, "NB");
        asAdmin().body(anExpense("NB", "OTHER", "5.00", "GBP", "2026-01-01")).post(expenses(ws)).then()
                .statusCode(422).body("code", equalTo("NO_EXCHANGE_RATE"));
        aBudgetOf(ws, "NB", "10.00");
        anExpenseOf(ws, "NB", "5.00", "2026-01-01");
    }
}
