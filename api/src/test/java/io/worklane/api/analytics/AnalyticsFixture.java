package io.worklane.api.analytics;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;

import io.worklane.api.support.SteppedClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small history with known figures, written through the API only: the use cases' clock
 * ({@link SteppedClock}) is set to each moment in the past before the call that happens then. No history
 * row is written directly. Every expected figure of the tests is worked out in docs/analytics.md's terms:
 * <pre>
 * Mon 03-02 09:00  AN-1 (60 min, labels ui+api, due 03-01), AN-2 (120, api), AN-3 (none, due 03-09),
 *                  AN-4 (30, created in_progress)
 *           10:00  AN-1 → in_progress
 * Tue 03-03 09:00  AN-1 → done; AN-2 → in_progress
 * Wed 03-04 09:00  AN-5 (90, due 2026-02-01); AN-4 → done
 *           10:00  AN-5 → in_progress
 * Mon 03-09 09:00  AN-2 → done
 * Tue 03-10 09:00  AN-3 → in_progress
 * now: Tue 03-10 12:00 (today 03-10)
 * </pre>
 */
final class AnalyticsFixture {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private AnalyticsFixture() {
    }

    /** Seeds the history into a new workspace (clock installed by the caller's test) and answers its slug. */
    static String seed(SteppedClock clock) {
        String ws = aWorkspace();
        aProject(ws, "AN");
        clock.at(Instant.parse("2026-03-02T09:00:00Z"));
        item(ws, Map.of("estimateMinutes", 60, "labels", List.of("ui", "api"), "dueDate", "2026-03-01"));
        item(ws, Map.of("estimateMinutes", 120, "labels", List.of("api")));
        item(ws, Map.of("dueDate", "2026-03-09"));
        item(ws, Map.of("estimateMinutes", 30, "status", "in_progress"));
        clock.at(Instant.parse("2026-03-02T10:00:00Z"));
        move(ws, "AN-1", "in_progress");
        clock.at(Instant.parse("2026-03-03T09:00:00Z"));
        move(ws, "AN-1", "done");
        move(ws, "AN-2", "in_progress");
        clock.at(Instant.parse("2026-03-04T09:00:00Z"));
        item(ws, Map.of("estimateMinutes", 90, "dueDate", "2026-02-01"));
        move(ws, "AN-4", "done");
        clock.at(Instant.parse("2026-03-04T10:00:00Z"));
        move(ws, "AN-5", "in_progress");
        clock.at(Instant.parse("2026-03-09T09:00:00Z"));
        move(ws, "AN-2", "done");
        clock.at(Instant.parse("2026-03-10T09:00:00Z"));
        move(ws, "AN-3", "in_progress");
        clock.at(NOW);
        return ws;
    }

    private static void item(String ws, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("project", "AN");
        body.put("title", "Analytics item");
        asAdmin().body(body).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
    }

    private static void move(String ws, String item, String status) {
        asAdmin().body(Map.of("to", status)).post("/api/v1/workspaces/" + ws + "/work-items/" + item + "/transitions")
                .then().statusCode(200);
    }
}
