package io.worklane.api.budget;

import static io.worklane.api.budget.Budgeting.aBudgetOf;
import static io.worklane.api.budget.Budgeting.anExpense;
import static io.worklane.api.budget.Budgeting.anExpenseOf;
import static io.worklane.api.budget.Budgeting.budgets;
import static io.worklane.api.budget.Budgeting.expenses;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** budget.threshold_crossed: once per upward crossing, again only after falling below, also under concurrency. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ThresholdAlertsRestTest {

    private static List<String> crossings(String ws) {
        List<Map<String, Object>> events = asAdmin().get("/api/v1/workspaces/" + ws + "/events?limit=200").then()
                .statusCode(200).extract().path("items");
        return events.stream().filter(e -> "budget.threshold_crossed".equals(e.get("type")))
                .map(e -> String.valueOf(((Map<?, ?>) e.get("data")).get("threshold"))).toList();
    }

    @Test
    void a_threshold_is_alerted_once_per_upward_crossing() {
        String ws = aWorkspace();
        aProject(ws, "TH");
        aBudgetOf(ws, "TH", "1000.00");
        anExpenseOf(ws, "TH", "799.99", "2026-01-01");
        assertThat(crossings(ws)).isEmpty();
        String cent = anExpenseOf(ws, "TH", "0.01", "2026-01-02");
        assertThat(crossings(ws)).containsExactly("0.8");
        anExpenseOf(ws, "TH", "50.00", "2026-01-03");
        assertThat(crossings(ws)).containsExactly("0.8");
        // falling below re-arms it; crossing again alerts again
        asAdmin().delete(expenses(ws) + "/" + cent).then().statusCode(204);
        String back = asAdmin().get(expenses(ws) + "?limit=1").then().extract().path("items[0].id");
        asAdmin().delete(expenses(ws) + "/" + back).then().statusCode(204);
        assertThat(crossings(ws)).containsExactly("0.8");
        anExpenseOf(ws, "TH", "1000.00", "2026-01-04"); // 50 + 1,000: over both
        assertThat(crossings(ws)).containsExactly("0.8", "0.8", "1.0");
    }

    @Test
    void lowering_the_budget_under_the_actuals_alerts_from_the_budget_change() {
        String ws = aWorkspace();
        aProject(ws, "TL");
        String id = aBudgetOf(ws, "TL", "1000.00");
        anExpenseOf(ws, "TL", "500.00", "2026-01-01");
        asAdmin().body(Map.of("lines", List.of(Budgeting.line("LABOUR", "500.00", "EUR"))))
                .patch(budgets(ws) + "/" + id).then().statusCode(200);
        assertThat(crossings(ws)).containsExactly("0.8", "1.0");
    }

    @Test
    void logged_time_is_labour_and_crosses_thresholds_from_the_time_entry_transaction() {
        String ws = aWorkspace();
        aProject(ws, "TT");
        aBudgetOf(ws, "TT", "100.00");
        String item = io.worklane.api.support.Api.aWorkItem(ws, "TT", "Build").extract().path("key");
        String resource = asAdmin().body(Map.of("kind", "PERSON", "name", "Ada", "costRates", List.of(Map.of("from",
                        "2026-01-01", "rate", Map.of("amount", "80.00", "currency", "EUR")))))
                .post("/api/v1/workspaces/" + ws + "/resources").then().statusCode(201).extract().path("id");
        // an hour at 80.00 EUR: 80 % of the 100.00 budget
        String entry = asAdmin().body(Map.of("resource", resource, "workItem", item, "date", "2026-12-08",
                "minutes", 60)).post("/api/v1/workspaces/" + ws + "/time-entries").then().statusCode(201)
                .extract().path("id");
        assertThat(crossings(ws)).containsExactly("0.8");
        asAdmin().delete("/api/v1/workspaces/" + ws + "/time-entries/" + entry).then().statusCode(204);
        asAdmin().body(Map.of("resource", resource, "workItem", item, "date", "2026-12-09", "minutes", 90))
                .post("/api/v1/workspaces/" + ws + "/time-entries").then().statusCode(201);
        assertThat(crossings(ws)).containsExactly("0.8", "0.8", "1.0");
    }

    @Test
    void concurrent_expenses_cross_each_threshold_exactly_once() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "TC");
        aBudgetOf(ws, "TC", "1000.00");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(threads.submit((Callable<Integer>) () -> asAdmin()
                        .body(anExpense("TC", "OTHER", "100.00", "EUR", "2026-01-01")).post(expenses(ws)).then()
                        .extract().statusCode()));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(201);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(crossings(ws)).containsExactlyInAnyOrder("0.8", "1.0");
    }
}
