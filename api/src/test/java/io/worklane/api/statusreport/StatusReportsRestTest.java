package io.worklane.api.statusreport;

import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Status reports drafted from the data (figures checked by hand), edited with If-Match, published once and
 * final, listed with a health trend.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class StatusReportsRestTest {

    static String project(String ws) {
        return "/api/v1/workspaces/" + ws + "/projects/SR";
    }

    @Test
    void a_draft_is_filled_from_the_data_then_edited_published_and_final() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "SR", "name", "Status", "kind", "PROJECT", "startDate", "2026-12-01",
                "targetDate", "2027-03-31")).post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        String items = "/api/v1/workspaces/" + ws + "/work-items";
        asAdmin().body(Map.of("project", "SR", "title", "Design", "estimateMinutes", 600)).post(items).then()
                .statusCode(201);
        aWorkItem(ws, "SR", "Build");
        asAdmin().body(Map.of("predecessor", "SR-1")).post(items + "/SR-2/dependencies").then().statusCode(201);
        asAdmin().body(Map.of("project", "SR", "title", "Test", "estimateMinutes", 400)).post(items).then()
                .statusCode(201);
        asAdmin().body(Map.of("to", "done")).post(items + "/SR-3/transitions").then().statusCode(200);
        String risks = project(ws) + "/risks";
        asAdmin().body(Map.of("title", "Vendor late", "probability", 4, "impact", 4)).post(risks).then().statusCode(201);
        asAdmin().body(Map.of("title", "Minor", "probability", 1, "impact", 2)).post(risks).then().statusCode(201);

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        JsonPath draft = asAdmin().post(project(ws) + "/status-reports/draft?asOf=" + today).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT")).extract().jsonPath();
        assertThat(draft.getString("periodStart")).isEqualTo("2026-12-01");
        assertThat(draft.getInt("figures.progress.itemsTotal")).isEqualTo(3);
        assertThat(draft.getInt("figures.progress.itemsDone")).isEqualTo(1);
        assertThat(draft.getString("figures.progress.percentComplete")).isEqualTo("0.4000"); // 400 of 1,000 minutes
        assertThat(draft.getList("figures.itemsDone.key")).containsExactly("SR-3");
        assertThat(draft.getList("figures.blocked.key")).containsExactly("SR-2");
        assertThat(draft.getInt("figures.risks.open")).isEqualTo(2);
        assertThat(draft.getList("figures.risks.top.title")).containsExactly("Vendor late", "Minor");
        assertThat(draft.getString("figures.schedule.targetDate")).isEqualTo("2027-03-31");
        assertThat(draft.getString("figures.budget")).isNull();
        assertThat(draft.getString("suggestedHealth")).isEqualTo("AT_RISK"); // exposure 16, one blocked item
        assertThat(draft.getList("reasons", String.class)).contains("an open risk has exposure 16",
                "1 item(s) blocked by unfinished predecessors");
        String report = project(ws) + "/status-reports/" + draft.getString("id");

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("summary", "Design under way", "health", "ON_TRACK")).patch(report).then()
                .statusCode(200).body("health", equalTo("ON_TRACK")).body("suggestedHealth", equalTo("AT_RISK"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("summary", "Stale")).patch(report).then().statusCode(412);
        asAdmin().header("If-Match", "\"1\"").post(report + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", org.hamcrest.Matchers.notNullValue());
        asAdmin().post(report + "/publish").then().statusCode(409).body("code", equalTo("STATUS_REPORT_PUBLISHED"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("summary", "Rewritten")).patch(report)
                .then().statusCode(409).body("code", equalTo("STATUS_REPORT_PUBLISHED"));
        asAdmin().get(report).then().statusCode(200).body("summary", equalTo("Design under way"));

        asAdmin().post(project(ws) + "/status-reports/draft?asOf=" + today).then().statusCode(201)
                .body("periodStart", equalTo(today));
        asAdmin().get(project(ws) + "/status-reports?status=PUBLISHED").then().statusCode(200)
                .body("items.id", contains(draft.getString("id")));
        asAdmin().get(project(ws) + "/status-reports").then().body("items", org.hamcrest.Matchers.hasSize(2));
        asAdmin().get(project(ws) + "/status-reports/health-trend").then().statusCode(200)
                .body("items.health", contains("ON_TRACK")).body("items.suggestedHealth", contains("AT_RISK"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then().body("items.type",
                hasItems("status_report.drafted", "status_report.updated", "status_report.published"));
    }

    @Test
    void the_budget_section_shows_earned_value_and_thresholds() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "SR", "name", "Budgeted", "kind", "PROJECT")).post("/api/v1/workspaces/" + ws
                + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("project", "SR", "title", "Half", "estimateMinutes", 60)).post("/api/v1/workspaces/"
                + ws + "/work-items").then().statusCode(201);
        asAdmin().body(Map.of("project", "SR", "title", "Other half", "estimateMinutes", 60))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        asAdmin().body(Map.of("to", "done")).post("/api/v1/workspaces/" + ws + "/work-items/SR-1/transitions").then()
                .statusCode(200);
        asAdmin().body(Map.of("project", "SR", "currency", "EUR", "thresholds", List.of("0.5", "1.0"), "lines",
                        List.of(Map.of("category", "OTHER", "planned", Map.of("amount", "10000.00", "currency", "EUR")))))
                .post("/api/v1/workspaces/" + ws + "/budgets").then().statusCode(201);
        asAdmin().body(Map.of("project", "SR", "category", "OTHER", "date", "2026-12-01",
                        "amount", Map.of("amount", "6000.00", "currency", "EUR")))
                .post("/api/v1/workspaces/" + ws + "/expenses").then().statusCode(201);
        JsonPath draft = asAdmin().post(project(ws) + "/status-reports/draft?asOf=2026-12-31").then().statusCode(201)
                .extract().jsonPath();
        // BAC 10,000, half the estimate done, 6,000 spent: EV 5,000, CPI 0.8333, EAC 12,000.00, VAC -2,000.00
        assertThat(draft.getString("figures.budget.ev.amount")).isEqualTo("5000.00");
        assertThat(draft.getString("figures.budget.cpi")).isEqualTo("0.8333");
        assertThat(draft.getString("figures.budget.eac.amount")).isEqualTo("12000.00");
        assertThat(draft.getString("figures.budget.vac.amount")).isEqualTo("-2000.00");
        assertThat(draft.getList("figures.budget.thresholdsCrossed")).containsExactly("0.5");
        assertThat(draft.getList("reasons", String.class)).contains("CPI 0.8333", "actual costs reached 50 % of the budget");
        assertThat(draft.getString("suggestedHealth")).isEqualTo("AT_RISK");
    }

    @Test
    void another_projects_report_does_not_exist_here() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "SR", "name", "One")).post("/api/v1/workspaces/" + ws + "/projects").then()
                .statusCode(201);
        asAdmin().body(Map.of("key", "SR2", "name", "Two")).post("/api/v1/workspaces/" + ws + "/projects").then()
                .statusCode(201);
        String id = asAdmin().post(project(ws) + "/status-reports/draft").then().statusCode(201).extract().path("id");
        asAdmin().get("/api/v1/workspaces/" + ws + "/projects/SR2/status-reports/" + id).then().statusCode(404)
                .body("code", equalTo("STATUS_REPORT_NOT_FOUND"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("health", "SIDEWAYS"))
                .patch(project(ws) + "/status-reports/" + id).then().statusCode(400);
    }
}
