package io.worklane.api.analytics;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GraphQL's workItemAggregate and analytics answer what REST answers over the same history, and each
 * costs one statement (the series that need the not-started states: one more).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLAnalyticsTest {
    private static final String AGGREGATE = "query($ws: String!, $filter: WorkItemFilter, $groupBy: [String],"
            + " $metrics: [String]) { workspace(idOrSlug: $ws) { workItemAggregate(filter: $filter, groupBy: $groupBy,"
            + " metrics: $metrics) { groupBy metrics truncated groups { keys values } } } }";
    private static final String SERIES = "query($ws: String!) { workspace(idOrSlug: $ws) {"
            + " analytics(from: \"2026-03-02\", to: \"2026-03-04\") { from to throughput(period: DAY) { start count }"
            + " cumulativeFlow { date status count } flowTimes { count leadTime { p50 p85 p95 } cycleTime { p50 }"
            + " points { key leadSeconds } } burn(measure: ESTIMATE) { date scope completed remaining }"
            + " ageingWork { key ageSeconds } overdue { count moreThanAMonth } } } }";

    @Test
    void theAggregateAndTheSeriesAnswerAsRestDoesInOneStatementEach() {
        String ws = AnalyticsFixture.seed(SteppedClock.install(AnalyticsFixture.NOW));
        GraphQL.ok(ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", ws));

        JsonPath tree = GraphQL.ok(ADMIN_KEY, AGGREGATE, Map.of("ws", ws, "groupBy", List.of("status"),
                "metrics", List.of("count", "sum:estimateMinutes"),
                "filter", Map.of("condition", Map.of("field", "labels", "op", "CONTAINS", "values", List.of("api")))));
        assertThat(tree.getList("data.workspace.workItemAggregate.groups.keys")).containsExactly(List.of("done"));
        assertThat(tree.getList("data.workspace.workItemAggregate.groups[0].values")).containsExactly(2.0f, 180.0f);
        assertThat(tree.getLong("extensions.cost.statements")).as("the aggregate is one GROUP BY").isEqualTo(1);
        JsonPath rest = AnalyticsRestTest.get(ws, "/work-items/aggregate", "groupBy", "status,label",
                "metrics", "count,avg:estimateMinutes");
        JsonPath graph = GraphQL.ok(ADMIN_KEY, AGGREGATE, Map.of("ws", ws, "groupBy", List.of("status", "label"),
                "metrics", List.of("count", "avg:estimateMinutes")));
        assertThat(graph.getList("data.workspace.workItemAggregate.groups.keys")).isEqualTo(rest.getList("groups.keys"));

        JsonPath series = GraphQL.ok(ADMIN_KEY, SERIES, Map.of("ws", ws));
        String a = "data.workspace.analytics.";
        assertThat(series.getList(a + "throughput.count")).containsExactly(0, 1, 1);
        assertThat(series.getList(a + "cumulativeFlow.count")).containsExactly(2, 2, 1, 2, 1, 2, 2, 1);
        assertThat(series.getList(a + "flowTimes.points.key")).containsExactly("AN-1", "AN-4");
        assertThat(series.getMap(a + "flowTimes.leadTime")).isEqualTo(Map.of("p50", 86_400, "p85", 172_800,
                "p95", 172_800));
        assertThat(series.getList(a + "burn.remaining")).containsExactly(210, 150, 210);
        assertThat(series.getList(a + "ageingWork.key")).containsExactly("AN-5", "AN-3");
        assertThat(series.getInt(a + "overdue.count")).isEqualTo(2);
        // six series, one statement each, and the workflows read once for flow times and once for ageing
        assertThat(series.getLong("extensions.cost.statements")).isLessThanOrEqualTo(8);

        JsonPath bad = GraphQL.as(ADMIN_KEY, AGGREGATE, Map.of("ws", ws, "groupBy", List.of("a", "b", "c")));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("INVALID_GROUP_BY");
        JsonPath range = GraphQL.as(ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) { analytics(from: "
                + "\"2024-01-01\", to: \"2026-01-01\") { overdue { count } } } }", Map.of("ws", ws));
        assertThat(range.getString("errors[0].extensions.code")).isEqualTo("INVALID_DATE_RANGE");
    }
}
