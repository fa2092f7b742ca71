package io.worklane.api.budget;

import static io.worklane.api.budget.Budgeting.aBudget;
import static io.worklane.api.budget.Budgeting.anExpense;
import static io.worklane.api.budget.Budgeting.anExpenseOf;
import static io.worklane.api.budget.Budgeting.budgets;
import static io.worklane.api.budget.Budgeting.expenses;
import static io.worklane.api.budget.Budgeting.line;
import static io.worklane.api.budget.Budgeting.rates;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The summary over REST: the issue's earned-value example end to end, labour from time entries, asOf. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BudgetSummaryRestTest {
    @Inject
    Pool pool;

    private static String project(String ws, String key) {
        return asAdmin().body(Map.of("key", key, "name", "Project " + key, "kind", "PROJECT", "startDate", "2026-01-01",
                        "targetDate", "2026-04-10"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201).extract().path("id");
    }

    private static String item(String ws, String project, int estimate) {
        return asAdmin().body(Map.of("project", project, "title", "Item", "estimateMinutes", estimate))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).extract().path("id");
    }

    private static void done(String ws, String item) {
        asAdmin().body(Map.of("to", "done")).post("/api/v1/workspaces/" + ws + "/work-items/" + item + "/transitions")
                .then().statusCode(200);
    }

    @Test
    void the_issue_example_half_done_6000_spent_of_10000_gives_cpi_0_8333_and_eac_12000() {
        String ws = aWorkspace();
        project(ws, "EV");
        String id = asAdmin().body(aBudget("EV", "EUR", List.of(line("LABOUR", "8000.00", "EUR"),
                line("MATERIALS", "2000.00", "EUR")))).post(budgets(ws)).then().statusCode(201).extract().path("id");
        done(ws, item(ws, "EV", 300));
        item(ws, "EV", 300);
        anExpenseOf(ws, "EV", "6000.00", "2026-02-01");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        asAdmin().get(budgets(ws) + "/" + id + "/summary?asOf=" + today).then().statusCode(200)
                .body("bac.amount", equalTo("10000.00")).body("ac.amount", equalTo("6000.00"))
                .body("ev.amount", equalTo("5000.00")).body("percentComplete", equalTo("0.5000"))
                .body("cpi", equalTo("0.8333")).body("eac.amount", equalTo("12000.00"))
                .body("etc.amount", equalTo("6000.00")).body("vac.amount", equalTo("-2000.00"))
                .body("cv.amount", equalTo("-1000.00"))
                .body("remaining.amount", equalTo("4000.00"))
                .body("categories.category", contains("LABOUR", "MATERIALS"))
                .body("categories[1].actual.amount", equalTo("6000.00"))
                .body("months.month", contains("2026-02"));
    }

    @Test
    void before_anything_is_spent_or_done_the_undefined_figures_are_null() {
        String ws = aWorkspace();
        project(ws, "NU");
        String id = asAdmin().body(aBudget("NU", "EUR", List.of(line("LABOUR", "1000.00", "EUR")))).post(budgets(ws))
                .then().statusCode(201).extract().path("id");
        // 2026-01-10 is day 10 of the 100-day project: PV 100.00
        String body = asAdmin().get(budgets(ws) + "/" + id + "/summary?asOf=2026-01-10").then().statusCode(200)
                .body("pv.amount", equalTo("100.00")).body("ac.amount", equalTo("0.00")).body("ev", nullValue())
                .body("cpi", nullValue()).body("spi", nullValue()).body("eac", nullValue())
                .body("percentComplete", nullValue()).body("asOf", equalTo("2026-01-10")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).contains("\"cpi\":null");
        asAdmin().get(budgets(ws) + "/" + id + "/summary?asOf=2026-13-01").then().statusCode(400);
    }

    @Test
    void labour_comes_from_time_entry_costs_per_month_converted_at_the_rate_in_force() {
        String ws = aWorkspace();
        String projectId = project(ws, "LB");
        String id = asAdmin().body(aBudget("LB", "EUR", List.of(line("LABOUR", "1000.00", "EUR")))).post(budgets(ws))
                .then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("from", "USD", "to", "EUR", "rate", "0.5", "effectiveFrom", "2026-01-01"))
                .post(rates(ws)).then().statusCode(201);
        String item = item(ws, "LB", 60);
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        UUID resource = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        pool.preparedQuery("INSERT INTO resources (id, workspace_id, kind, name, version, created_at, updated_at)"
                + " VALUES ($1, $2, 'PERSON', 'Ada', 0, $3, $3)").execute(Tuple.of(resource, wsId, now))
                .await().indefinitely();
        timeEntry(wsId, resource, UUID.fromString(item), UUID.fromString(projectId), "2026-01-05", "80.00", "EUR");
        timeEntry(wsId, resource, UUID.fromString(item), UUID.fromString(projectId), "2026-01-20", "100.00", "USD");
        timeEntry(wsId, resource, UUID.fromString(item), UUID.fromString(projectId), "2026-02-03", "40.00", "EUR");
        timeEntry(wsId, resource, UUID.fromString(item), UUID.fromString(projectId), "2026-02-04", null, null);

        // January: 80 EUR + 100 USD × 0.5 = 130; February up to the 3rd: 40
        asAdmin().get(budgets(ws) + "/" + id + "/summary?asOf=2026-02-03").then().statusCode(200)
                .body("ac.amount", equalTo("170.00")).body("categories[0].category", equalTo("LABOUR"))
                .body("months.month", contains("2026-01", "2026-02"))
                .body("months.actual.amount", contains("130.00", "40.00"));
        asAdmin().get(budgets(ws) + "/" + id + "/summary?asOf=2026-01-31").then()
                .body("ac.amount", equalTo("130.00"));
    }

    @Test
    void a_cost_that_cannot_be_converted_makes_the_summary_say_which_rate_is_missing() {
        String ws = aWorkspace();
        project(ws, "MR");
        asAdmin().body(Map.of("from", "GBP", "to", "EUR", "rate", "1.15", "effectiveFrom", "2026-01-01"))
                .post(rates(ws)).then().statusCode(201);
        String rate = asAdmin().get(rates(ws)).then().extract().path("items[0].id");
        String id = asAdmin().body(aBudget("MR", "EUR", List.of())).post(budgets(ws)).then().statusCode(201)
                .extract().path("id");
        asAdmin().body(anExpense("MR", "TRAVEL", "10.00", "GBP", "2026-01-02")).post(expenses(ws)).then().statusCode(201);
        asAdmin().get(budgets(ws) + "/" + id + "/summary?asOf=2026-01-03").then().statusCode(200)
                .body("ac.amount", equalTo("11.50"));
        asAdmin().header("If-Match", "\"0\"").delete(rates(ws) + "/" + rate).then().statusCode(204);
        asAdmin().get(budgets(ws) + "/" + id + "/summary?asOf=2026-01-03").then().statusCode(422)
                .body("code", equalTo("NO_EXCHANGE_RATE"));
    }

    private void timeEntry(UUID ws, UUID resource, UUID item, UUID project, String date, String cost, String currency) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        pool.preparedQuery("INSERT INTO time_entries (id, workspace_id, resource_id, work_item_id, project_id,"
                        + " entry_date, minutes, billable, cost_amount, cost_currency, version, created_at, updated_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, 60, true, $7, $8, 0, $9, $9)")
                .execute(Tuple.from(new Object[] {UUID.randomUUID(), ws, resource, item, project, LocalDate.parse(date),
                        cost == null ? null : new java.math.BigDecimal(cost), currency, now}))
                .await().indefinitely();
    }
}
