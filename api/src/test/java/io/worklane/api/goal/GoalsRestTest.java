package io.worklane.api.goal;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Goals over REST: progress of key results (rising, falling, done or not, derived from work) and rolled up to
 * parents, checked against figures worked out by hand (docs/goals.md); check-ins kept; nesting without cycles;
 * links shown by projects and portfolios; If-Match and Idempotency-Key.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GoalsRestTest {

    @Test
    void progressRollsUpFromKeyResultsAndChildGoalsAsWorkedOutByHand() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        String company = goal(base, Map.of("title", "Grow", "periodStart", "2027-01-01", "periodEnd", "2027-12-31"));
        String team = goal(base, Map.of("title", "Sell more", "periodStart", "2027-01-01", "periodEnd", "2027-03-31",
                "parent", company));
        String cancelled = goal(base, Map.of("title", "Old idea", "periodStart", "2027-01-01", "periodEnd",
                "2027-03-31", "parent", company, "status", "CANCELLED"));
        // rising 0 → 200, at 50: 0.25; falling 5 → 2 (%), at 3.5: (3.5 − 5) ÷ (2 − 5) = 0.5
        String deals = keyResult(base, team, Map.of("title", "Deals", "kind", "NUMBER", "start", "0", "target", "200"));
        String churn = keyResult(base, team, Map.of("title", "Churn", "kind", "PERCENT", "start", "5", "target", "2"));
        String launch = keyResult(base, company, Map.of("title", "Launched", "kind", "BOOLEAN"));
        keyResult(base, cancelled, Map.of("title", "Anything", "kind", "NUMBER", "start", "0", "target", "1"));
        checkIn(base, deals, 50, "first deals");
        checkIn(base, churn, "3.5", null);
        checkIn(base, launch, true, "live");
        // past the target is clamped: 250 of 200 is 1
        String revenue = keyResult(base, team, Map.of("title", "Revenue", "kind", "CURRENCY", "currency", "EUR",
                "start", "1000", "target", "2000", "current", "2500"));

        JsonPath t = asAdmin().get(base + "/goals/" + team).then().statusCode(200).extract().jsonPath();
        assertThat(t.getList("keyResults.progress")).containsExactly("0.2500", "0.5000", "1.0000");
        assertThat(t.getString("keyResults[2].currency")).isEqualTo("EUR");
        assertThat(t.getString("keyResults[1].current")).isEqualTo("3.5");
        // (0.25 + 0.5 + 1) ÷ 3
        assertThat(t.getString("progress")).isEqualTo("0.5833");

        // the company goal: its BOOLEAN (1) and its child "Sell more" (0.58333…); the cancelled child is left out
        JsonPath c = asAdmin().get(base + "/goals/" + company).then().statusCode(200).extract().jsonPath();
        assertThat(c.getString("progress")).isEqualTo("0.7917");
        assertThat(revenue).isNotNull();

        // the list shows the same figures
        JsonPath list = asAdmin().get(base + "/goals?parent=" + company).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.title")).containsExactly("Sell more", "Old idea");
        assertThat(list.getList("items.progress")).containsExactly("0.5833", "0.0000");
    }

    @Test
    void checkInsAreKeptAndTheWrongKindOfValueIsRefused() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        String g = goal(base, Map.of("title", "Ship", "periodStart", "2027-01-01", "periodEnd", "2027-03-31"));
        String done = keyResult(base, g, Map.of("title", "Shipped", "kind", "BOOLEAN"));
        String count = keyResult(base, g, Map.of("title", "Users", "kind", "NUMBER", "start", "10", "target", "20"));

        asAdmin().body(Map.of("value", 1)).post(base + "/key-results/" + done + "/check-ins").then().statusCode(400)
                .body("errors[0].field", equalTo("value")).body("errors[0].code", equalTo("INVALID_TYPE"));
        asAdmin().body(Map.of("value", true)).post(base + "/key-results/" + count + "/check-ins").then()
                .statusCode(400).body("errors[0].code", equalTo("INVALID_TYPE"));
        asAdmin().body(Map.of("value", "lots")).post(base + "/key-results/" + count + "/check-ins").then()
                .statusCode(400);
        asAdmin().get(base + "/key-results/" + count + "/check-ins").then().statusCode(200)
                .body("items.size()", equalTo(0));

        asAdmin().header("Idempotency-Key", "ci-1").body(Map.of("value", 12, "note", "beta"))
                .post(base + "/key-results/" + count + "/check-ins").then().statusCode(201)
                .body("value", equalTo("12")).body("previous", equalTo("10")).body("keyResult.progress",
                        equalTo("0.2000"));
        // the same request again is the same answer, not a second check-in
        asAdmin().header("Idempotency-Key", "ci-1").body(Map.of("value", 12, "note", "beta"))
                .post(base + "/key-results/" + count + "/check-ins").then().statusCode(201);
        checkIn(base, count, 15.5, "launch");
        checkIn(base, done, false, "slipped");

        JsonPath first = asAdmin().get(base + "/key-results/" + count + "/check-ins?limit=1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("items.value")).containsExactly("12");
        assertThat(first.getString("items[0].actor.kind")).isNotNull();
        JsonPath rest = asAdmin().get(base + "/key-results/" + count + "/check-ins?limit=5&cursor="
                + first.getString("nextCursor")).then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items.value")).containsExactly("15.5");
        assertThat(rest.getList("items.previous")).containsExactly("12");
        asAdmin().get(base + "/key-results/" + count).then().statusCode(200).body("current", equalTo("15.5"))
                .body("progress", equalTo("0.5500"));
    }

    @Test
    void aWorkKeyResultFollowsTheLinkedProjectsAndTheyShowTheGoal() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        aProject(ws, "GWA");
        aProject(ws, "GWB");
        item(base, "GWA", 300, true);
        item(base, "GWA", 100, false);
        item(base, "GWB", 400, false);
        String g = goal(base, Map.of("title", "Deliver", "periodStart", "2027-01-01", "periodEnd", "2027-03-31"));
        String work = keyResult(base, g, Map.of("title", "Work done", "kind", "WORK"));
        String portfolio = asAdmin().body(Map.of("name", "Delivery", "currency", "EUR"))
                .post(base + "/portfolios").then().statusCode(201).extract().path("id");

        String etag = asAdmin().get(base + "/goals/" + g).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag).put(base + "/goals/" + g + "/projects/GWA").then().statusCode(200);
        asAdmin().header("If-Match", etag).put(base + "/goals/" + g + "/projects/GWB").then().statusCode(412);
        asAdmin().put(base + "/goals/" + g + "/projects/GWB").then().statusCode(200);
        JsonPath linked = asAdmin().put(base + "/goals/" + g + "/portfolios/" + portfolio).then().statusCode(200)
                .extract().jsonPath();
        assertThat(linked.getList("projects.key")).containsExactly("GWA", "GWB");
        assertThat(linked.getList("portfolios")).containsExactly(portfolio);
        // 300 done of 300 + 100 + 400
        assertThat(linked.getString("keyResults[0].progress")).isEqualTo("0.3750");
        assertThat(linked.getString("progress")).isEqualTo("0.3750");
        asAdmin().body(Map.of("value", 1)).post(base + "/key-results/" + work + "/check-ins").then().statusCode(409)
                .body("code", equalTo("KEY_RESULT_DERIVED"));

        asAdmin().get(base + "/projects/GWB/goals").then().statusCode(200).body("items[0].id", equalTo(g));
        asAdmin().get(base + "/portfolios/" + portfolio + "/goals").then().statusCode(200)
                .body("items[0].title", equalTo("Deliver"));
        asAdmin().delete(base + "/goals/" + g + "/projects/GWB").then().statusCode(200)
                .body("keyResults[0].progress", equalTo("0.7500"));
        asAdmin().delete(base + "/goals/" + g + "/projects/GWB").then().statusCode(404)
                .body("code", equalTo("GOAL_LINK_NOT_FOUND"));
        asAdmin().get(base + "/projects/GWB/goals").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aGoalCannotBeItsOwnAncestorNorNestTooDeep() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        String top = goal(base, Map.of("title", "L1", "periodStart", "2027-01-01", "periodEnd", "2027-12-31"));
        String parent = top;
        String second = null;
        for (int level = 2; level <= 5; level++) {
            parent = goal(base, Map.of("title", "L" + level, "periodStart", "2027-01-01", "periodEnd", "2027-12-31",
                    "parent", parent));
            second = second == null ? parent : second;
        }
        asAdmin().body(Map.of("title", "L6", "periodStart", "2027-01-01", "periodEnd", "2027-12-31", "parent", parent))
                .post(base + "/goals").then().statusCode(409).body("code", equalTo("GOAL_TOO_DEEP"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("parent", parent))
                .patch(base + "/goals/" + top).then().statusCode(409).body("code", equalTo("GOAL_CYCLE"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("parent", top))
                .patch(base + "/goals/" + top).then().statusCode(409).body("code", equalTo("GOAL_CYCLE"));
        // L2 with its three levels below cannot move under a second top goal's child (1 + 1 + 4 > 5)
        String other = goal(base, Map.of("title", "Other", "periodStart", "2027-01-01", "periodEnd", "2027-12-31"));
        String otherChild = goal(base, Map.of("title", "Other child", "periodStart", "2027-01-01", "periodEnd",
                "2027-12-31", "parent", other));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("parent", otherChild))
                .patch(base + "/goals/" + second).then().statusCode(409).body("code", equalTo("GOAL_TOO_DEEP"));
        asAdmin().delete(base + "/goals/" + top).then().statusCode(409).body("code", equalTo("GOAL_HAS_CHILDREN"));
        // nothing was written by the refusals
        asAdmin().get(base + "/goals/" + top).then().statusCode(200).body("parent", equalTo(null))
                .body("version", equalTo(0));
        asAdmin().body(Map.of("title", "Bad", "periodStart", "2027-03-01", "periodEnd", "2027-01-01"))
                .post(base + "/goals").then().statusCode(400).body("errors[0].field", equalTo("periodEnd"));
        asAdmin().get(base + "/goals").then().statusCode(200).body("items.size()", equalTo(7));
    }

    @Test
    void aGoalIsCreatedOncePerIdempotencyKeyAndChangedUnderIfMatch() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Map<String, Object> body = Map.of("title", "Once", "periodStart", "2027-04-01", "periodEnd", "2027-06-30");
        String first = asAdmin().header("Idempotency-Key", "g-1").body(body).post(base + "/goals").then()
                .statusCode(201).extract().path("id");
        String again = asAdmin().header("Idempotency-Key", "g-1").body(body).post(base + "/goals").then()
                .statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        asAdmin().get(base + "/goals").then().body("items.size()", equalTo(1));

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("status", "AT_RISK")).patch(base + "/goals/" + first).then().statusCode(200)
                .body("status", equalTo("AT_RISK")).body("version", equalTo(1));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("status", "OFF_TRACK")).patch(base + "/goals/" + first).then().statusCode(412);
        asAdmin().header("If-Match", "\"1\"").delete(base + "/goals/" + first).then().statusCode(204);
        asAdmin().get(base + "/goals/" + first).then().statusCode(404).body("code", equalTo("GOAL_NOT_FOUND"));
    }

    static String goal(String base, Map<String, Object> body) {
        return asAdmin().body(body).post(base + "/goals").then().statusCode(201).extract().path("id");
    }

    static String keyResult(String base, String goal, Map<String, Object> body) {
        return asAdmin().body(body).post(base + "/goals/" + goal + "/key-results").then().statusCode(201).extract()
                .path("id");
    }

    static void checkIn(String base, String keyResult, Object value, String note) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("value", value);
        body.put("note", note);
        asAdmin().body(body).post(base + "/key-results/" + keyResult + "/check-ins").then().statusCode(201);
    }

    static void item(String base, String project, int minutes, boolean done) {
        String key = asAdmin().body(Map.of("project", project, "title", "Work " + minutes, "estimateMinutes", minutes))
                .post(base + "/work-items").then().statusCode(201).extract().path("key");
        if (done) {
            asAdmin().body(Map.of("to", "done")).post(base + "/work-items/" + key + "/transitions").then()
                    .statusCode(200);
        }
    }

}
