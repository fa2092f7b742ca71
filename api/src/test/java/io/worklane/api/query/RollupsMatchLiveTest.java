package io.worklane.api.query;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.analytics.Rollups;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The counts the writes keep (V82, ADR 0080) answer a whole workspace's aggregates and cumulative flow exactly as
 * the items do: each answer is compared with the live statements' (a filter that every item passes sends the
 * question to them), after a set-based seed with two years of history, after changes through the API (moves to
 * another project included), after changes no use case makes (an item's creation moved, a history written before
 * its item), and after folding.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RollupsMatchLiveTest {
    static final String EVERY_ITEM = "createdAt <= 9999-12-31";
    static final List<String> GROUPINGS = List.of("", "status", "assignee", "project", "status,assignee",
            "project,status", "assignee,project");

    @Inject
    Pool pool;
    @Inject
    Rollups rollups;

    @Test
    void kept_counts_answer_as_the_items_do() {
        String ws = aWorkspace();
        for (String key : List.of("P01", "P02", "P03")) {
            aProject(ws, key);
        }
        String wsId = asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id");
        ScaleSeed.run(pool, wsId, 3000);
        sameAnswers(ws);

        String ada = asAdmin().get("/api/v1/workspaces/" + ws + "/members?limit=2").then().extract().path("items[1].id");
        asAdmin().body(Map.of("project", "P02", "title", "Fresh work", "assigneeIds", List.of(ada), "estimateMinutes", 45))
                .post(path(ws, "work-items")).then().statusCode(201);
        asAdmin().body(Map.of("to", "in_progress")).post(path(ws, "work-items/P02-1001/transitions")).then().statusCode(200);
        asAdmin().body(Map.of("to", "done")).post(path(ws, "work-items/P02-1001/transitions")).then().statusCode(200);
        asAdmin().body(Map.of("project", "P02", "title", "Gone soon")).post(path(ws, "work-items")).then().statusCode(201);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("assigneeIds", List.of(), "estimateMinutes", 90))
                .patch(path(ws, "work-items/P01-8")).then().statusCode(200);
        String seeded = asAdmin().queryParam("filter", "project = P03 AND status = \"done\"").queryParam("limit", 1)
                .get(path(ws, "work-items")).then().statusCode(200).extract().path("items[0].key");
        asAdmin().delete(path(ws, "work-items/" + seeded)).then().statusCode(204); // with its history
        asAdmin().delete(path(ws, "work-items/P02-1002")).then().statusCode(204);
        // moves to another project (ADR 0082): the counts follow project_id, children included
        asAdmin().body(Map.of("project", "P03")).post(path(ws, "work-items/P02-1001/move")).then().statusCode(200);
        asAdmin().body(Map.of("project", "P02")).post(path(ws, "work-items/P01-8/move")).then().statusCode(200);
        sameAnswers(ws);

        sql("UPDATE work_items SET created_at = created_at - interval '40 days' WHERE workspace_id = $1"
                + " AND number % 97 = 0", wsId);
        sql("UPDATE work_items SET assignee_ids = assignee_ids || '[\"extra\"]'::jsonb, status = 'todo'"
                + " WHERE workspace_id = $1 AND number % 89 = 0", wsId);
        sameAnswers(ws);

        assertThat(rollups.compact(1).await().indefinitely()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM work_item_tallies WHERE fresh AND workspace_id = $1", wsId)).isZero();
        assertThat(count("SELECT count(*) FROM work_item_flow WHERE fresh AND workspace_id = $1", wsId)).isZero();
        sameAnswers(ws);

        // and the answers above did come from the kept counts
        sql("DELETE FROM work_item_tallies WHERE workspace_id = $1 AND status = 'done'", wsId);
        sql("DELETE FROM work_item_flow WHERE workspace_id = $1 AND state = 'done'", wsId);
        Map<String, String> byStatus = Map.of("groupBy", "status");
        assertThat(get(ws, "work-items/aggregate", byStatus)).doesNotContain("\"done\"")
                .isNotEqualTo(get(ws, "work-items/aggregate", with(byStatus, EVERY_ITEM)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(get(ws, "analytics/cumulative-flow", Map.of("from", today.minusDays(89).toString(),
                "to", today.toString()))).doesNotContain("\"done\"");

        // a workspace's deletion cascades to its items, whose triggers then leave its counts alone
        sql("DELETE FROM workspaces WHERE id = $1", wsId);
        assertThat(count("SELECT count(*) FROM work_item_tallies WHERE workspace_id = $1", wsId)
                + count("SELECT count(*) FROM work_item_flow WHERE workspace_id = $1", wsId)).isZero();
    }

    private void sameAnswers(String ws) {
        for (String groupBy : GROUPINGS) {
            Map<String, String> query = Map.of("groupBy", groupBy,
                    "metrics", "count,sum:estimateMinutes,avg:estimateMinutes");
            assertThat(get(ws, "work-items/aggregate", query)).as("aggregate by %s", groupBy)
                    .isEqualTo(get(ws, "work-items/aggregate", with(query, EVERY_ITEM)));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (LocalDate from : List.of(today.minusDays(89), today.minusDays(800), today.minusDays(365), today)) {
            Map<String, String> range = Map.of("from", from.toString(), "to", from.plusDays(89).toString());
            String kept = get(ws, "analytics/cumulative-flow", range);
            assertThat(kept).as("cumulative flow from %s", from).isEqualTo(get(ws, "analytics/cumulative-flow",
                    with(range, EVERY_ITEM)));
            assertThat(kept).contains("\"done\"");
        }
    }

    private static String get(String ws, String resource, Map<String, String> query) {
        return asAdmin().queryParams(query).get(path(ws, resource)).then().statusCode(200).extract().asString();
    }

    private static Map<String, String> with(Map<String, String> query, String filter) {
        Map<String, String> all = new java.util.HashMap<>(query);
        all.put("filter", filter);
        return all;
    }

    private static String path(String ws, String resource) {
        return "/api/v1/workspaces/" + ws + "/" + resource;
    }

    private void sql(String statement, String workspaceId) {
        pool.preparedQuery(statement).execute(Tuple.of(java.util.UUID.fromString(workspaceId))).await().indefinitely();
    }

    private long count(String statement, String workspaceId) {
        return pool.preparedQuery(statement).execute(Tuple.of(java.util.UUID.fromString(workspaceId)))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
