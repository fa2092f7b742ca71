package io.worklane.api.budget;

import static io.worklane.api.budget.Budgeting.aBudget;
import static io.worklane.api.budget.Budgeting.aBudgetOf;
import static io.worklane.api.budget.Budgeting.budgets;
import static io.worklane.api.budget.Budgeting.line;
import static io.worklane.api.budget.Budgeting.money;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budgets over REST: the issue's example, one per project, every bad input refused with its code. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BudgetsRestTest {

    @Test
    void the_issue_example_creates_a_budget_that_reads_back_with_its_etag() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        Map<String, Object> body = aBudget("ENG", "EUR", List.of(line("LABOUR", "8000.00", "EUR")));
        body.put("thresholds", List.of("0.8", "1.0"));
        String id = asAdmin().body(body).post(budgets(ws)).then().statusCode(201)
                .header("Location", containsString("/budgets/")).header("ETag", equalTo("\"0\""))
                .body("projectKey", equalTo("ENG")).body("currency", equalTo("EUR"))
                .body("lines[0].category", equalTo("LABOUR")).body("lines[0].planned.amount", equalTo("8000.00"))
                .body("thresholds", contains("0.8", "1.0")).body("planned.amount", equalTo("8000.00"))
                .body("visibleToMembers", equalTo(false)).extract().path("id");
        asAdmin().get(budgets(ws) + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("lines", hasSize(1));
        asAdmin().get(budgets(ws) + "?project=ENG").then().statusCode(200).body("items.id", contains(id));
        asAdmin().get(budgets(ws) + "?project=NOPE").then().statusCode(200).body("items", hasSize(0));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.hasItem("budget.created"));
    }

    @Test
    void a_second_budget_for_a_project_is_a_conflict_and_nothing_more_is_saved() {
        String ws = aWorkspace();
        aProject(ws, "ONE");
        aBudgetOf(ws, "ONE", "100.00");
        asAdmin().body(aBudget("ONE", "USD", List.of())).post(budgets(ws)).then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("code", equalTo("BUDGET_ALREADY_EXISTS"));
        asAdmin().get(budgets(ws)).then().body("items", hasSize(1)).body("items[0].currency", equalTo("EUR"));
    }

    @Test
    void bad_input_is_refused_with_a_precise_code_per_field_and_nothing_is_saved() {
        String ws = aWorkspace();
        aProject(ws, "BAD");
        Map<String, Object> body = aBudget("BAD", "EUR", List.of(line("LABOUR", "-5.00", "EUR"),
                line("MATERIALS", "1.005", "EUR"), line("FOOD", "1.00", "EUR"), line("TRAVEL", "10.00", "USD"),
                Map.of("category", "SERVICES", "planned", money("100.00", "EUR"),
                        "phases", Map.of("2026-12", "60.00", "2027-01", "30.00"))));
        body.put("thresholds", List.of("0", "11"));
        asAdmin().body(body).post(budgets(ws)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.code", containsInAnyOrder("NEGATIVE_AMOUNT", "TOO_MANY_DECIMALS", "UNKNOWN_CATEGORY",
                        "CURRENCY_MISMATCH", "PHASES_DO_NOT_SUM", "THRESHOLD_OUT_OF_RANGE",
                        "THRESHOLD_OUT_OF_RANGE"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("lines[0].planned.amount",
                        "lines[3].planned.currency", "lines[4].phases", "thresholds[1]"));
        asAdmin().body(aBudget("BAD", "EUR", List.of(line("OTHER", "1.00", "XYZ")))).post(budgets(ws)).then()
                .statusCode(400).body("errors[0].code", equalTo("UNKNOWN_CURRENCY"))
                .body("errors[0].field", equalTo("lines[0].planned.currency"));
        asAdmin().body(aBudget("BAD", "EURO", List.of())).post(budgets(ws)).then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_CURRENCY"));
        asAdmin().body(aBudget("NOPE", "EUR", List.of())).post(budgets(ws)).then().statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"));
        asAdmin().get(budgets(ws)).then().body("items", hasSize(0));
    }

    @Test
    void a_patch_replaces_lines_and_needs_the_current_version() {
        String ws = aWorkspace();
        aProject(ws, "PAT");
        String id = aBudgetOf(ws, "PAT", "100.00");
        Map<String, Object> patch = Map.of("lines", List.of(Map.of("category", "TRAVEL", "planned", money("50.00", "EUR"),
                "phases", Map.of("2026-12", "20.00", "2027-01", "30.00"))), "visibleToMembers", true);
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body(patch)
                .patch(budgets(ws) + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("lines[0].category", equalTo("TRAVEL")).body("lines[0].phases.2026-12", equalTo("20.00"))
                .body("visibleToMembers", equalTo(true)).body("planned.amount", equalTo("50.00"));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("currency", "USD")).patch(budgets(ws) + "/" + id).then()
                .statusCode(412).body("code", equalTo("CONFLICT"));
        asAdmin().body(Map.of("thresholds", List.of("12"))).patch(budgets(ws) + "/" + id).then().statusCode(400)
                .body("errors[0].code", equalTo("THRESHOLD_OUT_OF_RANGE"));
        asAdmin().body(Map.of("project", "X")).patch(budgets(ws) + "/" + id).then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        asAdmin().header("If-Match", "\"1\"").delete(budgets(ws) + "/" + id).then().statusCode(204);
        asAdmin().get(budgets(ws) + "/" + id).then().statusCode(404).body("code", equalTo("BUDGET_NOT_FOUND"));
    }
}
