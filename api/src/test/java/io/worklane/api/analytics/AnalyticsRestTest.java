package io.worklane.api.analytics;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Aggregates and dashboard series over REST, checked against the hand-computed figures of AnalyticsFixture. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class AnalyticsRestTest {

    @Test
    void everyFigureMatchesTheHandComputedHistory() {
        String ws = AnalyticsFixture.seed(SteppedClock.install(AnalyticsFixture.NOW));

        // aggregates: done AN-1, AN-2, AN-4 (60 + 120 + 30); in progress AN-3 (no estimate), AN-5 (90)
        JsonPath byStatus = get(ws, "/work-items/aggregate", "groupBy", "status",
                "metrics", "count,sum:estimateMinutes,avg:estimateMinutes,max:estimateMinutes");
        assertThat(byStatus.getList("groups.keys")).containsExactly(List.of("done"), List.of("in_progress"));
        assertThat(numbers(byStatus, "groups[0].values")).containsExactly(3.0, 210.0, 70.0, 120.0);
        assertThat(numbers(byStatus, "groups[1].values")).containsExactly(2.0, 90.0, 90.0, 90.0);
        // two dimensions; an item counts in each of its labels, an item without any in the null group
        JsonPath byLabel = get(ws, "/work-items/aggregate", "groupBy", "status,label");
        assertThat(byLabel.getList("groups.keys")).containsExactly(List.of("done", "api"), List.of("done", "ui"),
                Arrays.asList("done", null), Arrays.asList("in_progress", null));
        assertThat(numbers(byLabel, "groups.values.flatten()")).containsExactly(2.0, 1.0, 1.0, 2.0);
        assertThat(byLabel.getList("metrics")).containsExactly("count");
        JsonPath byWeek = get(ws, "/work-items/aggregate", "groupBy", "createdAt:day,completedAt:week");
        assertThat(byWeek.getList("groups.keys")).containsExactly(List.of("2026-03-02", "2026-03-02"),
                List.of("2026-03-02", "2026-03-09"), Arrays.asList("2026-03-02", null), Arrays.asList("2026-03-04", null));
        assertThat(numbers(byWeek, "groups.values.flatten()")).containsExactly(2.0, 1.0, 1.0, 1.0);
        JsonPath filtered = get(ws, "/work-items/aggregate", "groupBy", "", "filter", "labels CONTAINS api");
        assertThat(numbers(filtered, "groups.values.flatten()")).containsExactly(2.0);

        // throughput: AN-1 on 03-03, AN-4 on 03-04, AN-2 on 03-09
        JsonPath weekly = get(ws, "/analytics/throughput", "from", "2026-03-02", "to", "2026-03-10");
        assertThat(weekly.getList("buckets.start")).containsExactly("2026-03-02", "2026-03-09");
        assertThat(weekly.getList("buckets.count")).containsExactly(2, 1);
        JsonPath daily = get(ws, "/analytics/throughput", "from", "2026-03-02", "to", "2026-03-10", "period", "DAY");
        assertThat(daily.getList("buckets.count")).containsExactly(0, 1, 1, 0, 0, 0, 0, 1, 0);
        assertThat(get(ws, "/analytics/throughput", "period", "MONTH").getList("buckets.start"))
                .as("without from and to: the 30 days to today").containsExactly("2026-02-01", "2026-03-01");

        // cumulative flow at the end of each day
        JsonPath flow = get(ws, "/analytics/cumulative-flow", "from", "2026-03-01", "to", "2026-03-04");
        assertThat(flow.getList("days.date")).containsExactly("2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04");
        assertThat(flow.getList("days[0].states")).isEmpty();
        assertThat(states(flow, 1)).isEqualTo(Map.of("in_progress", 2, "todo", 2));
        assertThat(states(flow, 2)).isEqualTo(Map.of("done", 1, "in_progress", 2, "todo", 1));
        assertThat(states(flow, 3)).isEqualTo(Map.of("done", 2, "in_progress", 2, "todo", 1));

        // lead: 86,400 (AN-1), 172,800 (AN-4), 604,800 (AN-2); cycle: 82,800, 172,800, 518,400
        JsonPath times = get(ws, "/analytics/flow-times", "from", "2026-03-02", "to", "2026-03-10");
        assertThat(times.getInt("count")).isEqualTo(3);
        assertThat(times.getList("points.key")).containsExactly("AN-1", "AN-4", "AN-2");
        assertThat(times.getList("points.leadSeconds")).containsExactly(86_400, 172_800, 604_800);
        assertThat(times.getList("points.cycleSeconds")).containsExactly(82_800, 172_800, 518_400);
        assertThat(times.getMap("leadTime")).isEqualTo(Map.of("p50", 172_800, "p85", 604_800, "p95", 604_800));
        assertThat(times.getMap("cycleTime")).isEqualTo(Map.of("p50", 172_800, "p85", 518_400, "p95", 518_400));
        assertThat(times.getString("points[0].startedAt")).isEqualTo("2026-03-02T10:00:00Z");

        // burn: scope and completed at the end of each day, by count and by estimate
        JsonPath burn = get(ws, "/analytics/burn", "from", "2026-03-02", "to", "2026-03-04");
        assertThat(burn.getList("days.scope")).containsExactly(4, 4, 5);
        assertThat(burn.getList("days.completed")).containsExactly(0, 1, 2);
        assertThat(burn.getList("days.remaining")).containsExactly(4, 3, 3);
        JsonPath minutes = get(ws, "/analytics/burn", "from", "2026-03-02", "to", "2026-03-04", "measure", "ESTIMATE");
        assertThat(minutes.getList("days.scope")).containsExactly(210, 210, 300);
        assertThat(minutes.getList("days.remaining")).containsExactly(210, 150, 210);

        // ageing: AN-5 since 03-04 10:00 (6 days 2 hours), AN-3 since 03-10 09:00 (3 hours)
        JsonPath ageing = get(ws, "/analytics/ageing-work");
        assertThat(ageing.getList("items.key")).containsExactly("AN-5", "AN-3");
        assertThat(ageing.getList("items.ageSeconds")).containsExactly(525_600, 10_800);

        // overdue today (03-10): AN-3 one day late, AN-5 37 days late; AN-1 was due too but is done
        JsonPath overdue = get(ws, "/analytics/overdue");
        assertThat(overdue.getMap("$")).isEqualTo(Map.of("asOf", "2026-03-10", "count", 2, "upToAWeek", 1,
                "upToAMonth", 0, "moreThanAMonth", 1, "estimateMinutes", 90));

        // a saved view scopes a series as its filter does
        String view = asAdmin().body(Map.of("name", "API work", "shared", "WORKSPACE", "filter", "labels CONTAINS api",
                        "layout", "LIST"))
                .post("/api/v1/workspaces/" + ws + "/views").then().statusCode(201).extract().path("id");
        assertThat(get(ws, "/analytics/flow-times", "from", "2026-03-02", "view", view).getList("points.key"))
                .containsExactly("AN-1", "AN-2");
        assertThat(numbers(get(ws, "/work-items/aggregate", "view", view, "filter", "status = done"),
                "groups.values.flatten()")).containsExactly(2.0);
    }

    @Test
    void badInputIsRefusedNamingWhatIsAllowed() {
        String ws = aWorkspace();
        refused(ws, "/work-items/aggregate", "INVALID_GROUP_BY", "statusCategory", "groupBy", "colour");
        refused(ws, "/work-items/aggregate", "INVALID_GROUP_BY", "at most 2", "groupBy", "status,type,priority");
        refused(ws, "/work-items/aggregate", "INVALID_GROUP_BY", "day, week or month", "groupBy", "createdAt:year");
        refused(ws, "/work-items/aggregate", "INVALID_METRIC", "sum:estimateMinutes", "metrics", "median:title");
        refused(ws, "/work-items/aggregate", "INVALID_FILTER", "position", "filter", "priority >=");
        refused(ws, "/analytics/throughput", "INVALID_DATE_RANGE", "at most 366", "from", "2025-01-01", "to",
                "2026-01-02");
        refused(ws, "/analytics/burn", "INVALID_DATE_RANGE", "before", "from", "2026-03-02", "to", "2026-03-01");
        refused(ws, "/analytics/cumulative-flow", "INVALID_FILTER", "Unknown field", "filter", "colour = red");
        asAdmin().queryParam("view", "0190f0e2-0000-7000-8000-000000000001")
                .get("/api/v1/workspaces/" + ws + "/analytics/overdue").then().statusCode(404)
                .body("code", equalTo("VIEW_NOT_FOUND"));
        // a full year is allowed
        get(ws, "/analytics/throughput", "from", "2025-01-01", "to", "2026-01-01");
    }

    static JsonPath get(String ws, String path, String... query) {
        var request = asAdmin();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/api/v1/workspaces/" + ws + path).then().statusCode(200).extract().jsonPath();
    }

    private static void refused(String ws, String path, String code, String detail, String... query) {
        var request = asAdmin();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        request.get("/api/v1/workspaces/" + ws + path).then().statusCode(400).body("code", equalTo(code))
                .body("detail", containsString(detail));
    }

    private static List<Double> numbers(JsonPath json, String path) {
        return json.<Number>getList(path).stream().map(Number::doubleValue).toList();
    }

    private static Map<String, Integer> states(JsonPath flow, int day) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        List<Map<String, Object>> states = flow.getList("days[" + day + "].states");
        states.forEach(s -> out.put((String) s.get("status"), (Integer) s.get("count")));
        return out;
    }
}
