package io.worklane.api.planning;

import static io.restassured.RestAssured.given;
import static io.worklane.api.planning.Planning.anItem;
import static io.worklane.api.planning.Planning.finishToStart;
import static io.worklane.api.planning.Planning.items;
import static io.worklane.api.planning.Planning.project;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Baselines: the plan as taken (dates, milestones, finish, BAC), the variance in working days of the
 * workspace's calendar after the plan changed, the per-project limit (also under concurrent takes),
 * BAC only for callers who may see the budget, and refusals.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BaselinesRestTest {

    @Test
    void a_baseline_keeps_the_plan_and_the_variance_shows_what_moved_since() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "BL", "name", "Launch BL", "kind", "PROJECT", "startDate", "2026-12-14",
                "targetDate", "2026-12-31")).post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("date", "2026-12-21", "name", "Company day")).post("/api/v1/workspaces/" + ws
                + "/holidays").then().statusCode(201);
        String design = anItem(ws, "BL", "Design", "2026-12-14", "2026-12-16");
        String build = anItem(ws, "BL", "Build", "2026-12-17", "2026-12-18");
        String review = asAdmin().body(Map.of("project", "BL", "title", "Review", "type", "MILESTONE",
                "dueDate", "2026-12-22")).post(items(ws)).then().statusCode(201).extract().path("key");
        String dropped = anItem(ws, "BL", "Dropped idea", null, null);
        finishToStart(ws, build, design);
        finishToStart(ws, review, build);
        String budget = asAdmin().body(Map.of("project", "BL", "currency", "EUR", "lines", List.of(Map.of("category",
                        "LABOUR", "planned", Map.of("amount", "1000.00", "currency", "EUR")))))
                .post("/api/v1/workspaces/" + ws + "/budgets").then().statusCode(201).extract().path("id");
        String baselines = project(ws, "BL") + "/baselines";

        String id = asAdmin().body(Map.of("name", "  Approved plan ")).post(baselines).then().statusCode(201)
                .header("Location", containsString("/baselines/")).body("name", equalTo("Approved plan"))
                .body("itemCount", equalTo(4)).body("finish", equalTo("2026-12-18"))
                .body("bac.amount", equalTo("1000.00")).body("bac.currency", equalTo("EUR"))
                .body("version", equalTo(0)).extract().path("id");

        // the plan moves: Design ends a day later, the milestone slips, an item goes, one comes, the budget grows
        asAdmin().contentType("application/merge-patch+json").body(Map.of("dueDate", "2026-12-17"))
                .patch(items(ws) + "/" + design).then().statusCode(200);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("dueDate", "2026-12-28"))
                .patch(items(ws) + "/" + review).then().statusCode(200);
        asAdmin().delete(items(ws) + "/" + dropped).then().statusCode(204);
        String added = anItem(ws, "BL", "Extra review", "2026-12-15", "2026-12-15");
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("lines", List.of(Map.of("category", "LABOUR", "planned", Map.of("amount", "1500.00",
                        "currency", "EUR"))))).patch("/api/v1/workspaces/" + ws + "/budgets/" + budget).then()
                .statusCode(200);

        JsonPath v = asAdmin().get(baselines + "/" + id + "/variance").then().statusCode(200).extract().jsonPath();
        // Build now starts on the 18th and ends on the 22nd (the 21st is a holiday): one working day later
        assertThat(v.getString("baselineFinish")).isEqualTo("2026-12-18");
        assertThat(v.getString("finish")).isEqualTo("2026-12-22");
        assertThat(v.getInt("finishVarianceDays")).isEqualTo(1);
        assertThat(v.getInt("items.find { it.key == '" + design + "' }.finishVarianceDays")).isEqualTo(1);
        assertThat(v.getInt("items.find { it.key == '" + design + "' }.startVarianceDays")).isZero();
        assertThat(v.getInt("items.find { it.key == '" + build + "' }.finishVarianceDays")).isZero();
        // Tuesday 22nd to Monday 28th: 23, 24, 25, 28
        assertThat(v.getList("milestones.key")).containsExactly(review);
        assertThat(v.getInt("milestones[0].finishVarianceDays")).isEqualTo(4);
        assertThat(v.getList("added.key")).containsExactly(added);
        assertThat(v.getList("removed.key")).containsExactly(dropped);
        assertThat(v.getString("baselineBac.amount")).isEqualTo("1000.00");
        assertThat(v.getString("bac.amount")).isEqualTo("1500.00");
        assertThat(v.getString("bacVariance.amount")).isEqualTo("500.00");

        asAdmin().get(baselines + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("items.key", hasItems(design, build, review, dropped))
                .body("items.find { it.key == '" + design + "' }.finish", equalTo("2026-12-16"))
                .body("items.find { it.key == '" + review + "' }.milestone", equalTo(true));
        asAdmin().get(baselines).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(id)).body("items[0].items", nullValue());
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then().body("items.type", hasItem("baseline.created"));
    }

    @Test
    void a_project_keeps_at_most_twenty_and_deleting_one_frees_a_place() {
        String ws = aWorkspace();
        aProject(ws, "LIM");
        String baselines = project(ws, "LIM") + "/baselines";
        String first = null;
        for (int i = 0; i < 20; i++) {
            String id = asAdmin().body(Map.of("name", "Plan " + i)).post(baselines).then().statusCode(201)
                    .extract().path("id");
            first = first == null ? id : first;
        }
        asAdmin().body(Map.of("name", "One too many")).post(baselines).then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("code", equalTo("BASELINE_LIMIT"));
        asAdmin().get(baselines).then().body("items", hasSize(20));
        asAdmin().header("If-Match", "\"1\"").delete(baselines + "/" + first).then().statusCode(412);
        asAdmin().header("If-Match", "\"0\"").delete(baselines + "/" + first).then().statusCode(204);
        asAdmin().get(baselines + "/" + first).then().statusCode(404).body("code", equalTo("BASELINE_NOT_FOUND"));
        asAdmin().body(Map.of("name", "In its place")).post(baselines).then().statusCode(201);
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then().body("items.type", hasItem("baseline.deleted"));
    }

    @Test
    void of_two_simultaneous_takes_for_the_last_place_one_wins() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "RACEB");
        String baselines = project(ws, "RACEB") + "/baselines";
        for (int i = 0; i < 19; i++) {
            asAdmin().body(Map.of("name", "Plan " + i)).post(baselines).then().statusCode(201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Response> one = pool.submit(() -> takeAfter(start, baselines, "One"));
            Future<Response> two = pool.submit(() -> takeAfter(start, baselines, "Two"));
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(one.get(60, TimeUnit.SECONDS).statusCode(),
                    two.get(60, TimeUnit.SECONDS).statusCode()));
            statuses.sort(null);
            assertThat(statuses).containsExactly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        asAdmin().get(baselines).then().body("items", hasSize(20));
    }

    @Test
    void bad_input_and_other_projects_baselines_are_refused_and_nothing_is_written() {
        String ws = aWorkspace();
        aProject(ws, "ONE");
        aProject(ws, "TWO");
        String baselines = project(ws, "ONE") + "/baselines";
        asAdmin().body(Map.of("name", " ")).post(baselines).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", hasItem("name"));
        asAdmin().body(Map.of("name", "x".repeat(201))).post(baselines).then().statusCode(400);
        asAdmin().get(baselines).then().body("items", hasSize(0));
        String id = asAdmin().body(Map.of("name", "Plan")).post(baselines).then().statusCode(201).extract().path("id");
        asAdmin().get(project(ws, "TWO") + "/baselines/" + id).then().statusCode(404)
                .body("code", equalTo("BASELINE_NOT_FOUND"));
        asAdmin().get(project(ws, "TWO") + "/baselines/" + id + "/variance").then().statusCode(404);
        asAdmin().get(baselines + "/not-a-uuid").then().statusCode(404).body("code", equalTo("BASELINE_NOT_FOUND"));
        asAdmin().get(project(aWorkspace(), "ONE") + "/baselines").then().statusCode(404);
    }

    @Test
    void bac_shows_only_to_callers_who_may_see_the_budget() {
        String ws = aWorkspace();
        aProject(ws, "COST");
        asAdmin().body(Map.of("project", "COST", "currency", "EUR", "lines", List.of(Map.of("category", "LABOUR",
                "planned", Map.of("amount", "250.00", "currency", "EUR"))))).post("/api/v1/workspaces/" + ws
                + "/budgets").then().statusCode(201);
        String baselines = project(ws, "COST") + "/baselines";
        String id = asAdmin().body(Map.of("name", "Plan")).post(baselines).then().statusCode(201).extract().path("id");
        RequestSpecification projectsOnly = as(aKey(ws, "projects:read"));
        projectsOnly.get(baselines + "/" + id).then().statusCode(200).body("name", equalTo("Plan"))
                .body("bac", nullValue());
        as(aKey(ws, "projects:read")).get(baselines + "/" + id + "/variance").then().statusCode(200)
                .body("baselineBac", nullValue()).body("bacVariance", nullValue());
        as(aKey(ws, "projects:read", "budgets:read")).get(baselines).then().statusCode(200)
                .body("items.bac.amount", contains("250.00"));
        as(aKey(ws, "projects:read")).body(Map.of("name", "No")).post(baselines).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
    }

    private static Response takeAfter(CountDownLatch start, String baselines, String name) throws InterruptedException {
        start.await();
        return asAdmin().body(Map.of("name", name)).post(baselines);
    }

    private static String aKey(String ws, String... scopes) {
        return asAdmin().body(Map.of("name", "Partner app", "scopes", List.of(scopes)))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
    }

    private static RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }
}
