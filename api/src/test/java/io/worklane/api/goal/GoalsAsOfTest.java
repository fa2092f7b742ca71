package io.worklane.api.goal;

import static io.worklane.api.goal.GoalsRestTest.checkIn;
import static io.worklane.api.goal.GoalsRestTest.goal;
import static io.worklane.api.goal.GoalsRestTest.keyResult;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A goal's progress at a past date (ADR 0066): check-in key results at their value then, WORK key results from the
 * items done by then, key results created later left out; figures worked out by hand.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GoalsAsOfTest {

    @Test
    void aGoalAnswersForAPastDayFromItsCheckInsAndTheItemsDoneByThen() {
        SteppedClock clock = SteppedClock.install(Instant.parse("2026-01-05T10:00:00Z"));
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        aProject(ws, "GAS");
        String first = item(base, 60);
        String second = item(base, 60);
        String g = goal(base, Map.of("title", "Grow", "periodStart", "2026-01-01", "periodEnd", "2026-03-31"));
        String number = keyResult(base, g, Map.of("title", "Signups", "kind", "NUMBER", "start", "0",
                "target", "100"));
        keyResult(base, g, Map.of("title", "Work done", "kind", "WORK"));
        asAdmin().put(base + "/goals/" + g + "/projects/GAS").then().statusCode(200);

        clock.at(Instant.parse("2026-01-06T12:00:00Z"));
        checkIn(base, number, 40, "first month");
        done(base, first);
        clock.at(Instant.parse("2026-01-08T12:00:00Z"));
        checkIn(base, number, 80, "second push");
        done(base, second);
        clock.at(Instant.parse("2026-01-09T12:00:00Z"));
        keyResult(base, g, Map.of("title", "Launched", "kind", "BOOLEAN"));

        // 5 Jan: signups 0 (before the first check-in: its previous value), no work done, BOOLEAN not there yet
        asAdmin().get(base + "/goals/" + g + "?asOf=2026-01-05").then().statusCode(200)
                .body("keyResults.title", contains("Signups", "Work done"))
                .body("keyResults.current", contains("0", "0")).body("keyResults.progress", contains("0.0000",
                        "0.0000")).body("progress", equalTo("0.0000"));
        // 6 and 7 Jan: signups 40 → 0.4, 60 of 120 minutes done → 0.5; the goal (0.4 + 0.5) ÷ 2 = 0.45
        for (String day : new String[] {"2026-01-06", "2026-01-07"}) {
            asAdmin().get(base + "/goals/" + g + "?asOf=" + day).then().statusCode(200)
                    .body("keyResults.progress", contains("0.4000", "0.5000")).body("progress", equalTo("0.4500"));
        }
        // now: 0.8, 1.0 and the BOOLEAN 0 → (0.8 + 1 + 0) ÷ 3 = 0.6
        asAdmin().get(base + "/goals/" + g).then().statusCode(200)
                .body("keyResults.progress", contains("0.8000", "1.0000", "0.0000")).body("progress", equalTo("0.6000"));
        asAdmin().get(base + "/goals?asOf=2026-01-06").then().statusCode(200).body("items[0].progress",
                equalTo("0.4500"));
        asAdmin().get(base + "/goals/" + g + "?asOf=yesterday").then().statusCode(400);

        String query = "query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { goal(id: $id, asOf: \"2026-01-06\")"
                + " { progress keyResults { progress } } } }";
        JsonPath then = GraphQL.ok(ADMIN_KEY, query, Map.of("ws", ws, "id", g));
        assertThat(then.getString("data.workspace.goal.progress")).isEqualTo("0.4500");
        assertThat(then.getList("data.workspace.goal.keyResults.progress")).containsExactly("0.4000", "0.5000");
    }

    private static String item(String base, int minutes) {
        return asAdmin().body(Map.of("project", "GAS", "title", "Work " + minutes, "estimateMinutes", minutes))
                .post(base + "/work-items").then().statusCode(201).extract().path("key");
    }

    private static void done(String base, String key) {
        asAdmin().body(Map.of("to", "done")).post(base + "/work-items/" + key + "/transitions").then().statusCode(200);
    }
}
