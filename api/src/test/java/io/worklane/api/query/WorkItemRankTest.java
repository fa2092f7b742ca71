package io.worklane.api.query;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The manual order of boards (ADR 0052): moves before and after, sort=rank, concurrency and refusals. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkItemRankTest {
    private static String path(String ws) {
        return "/api/v1/workspaces/" + ws + "/work-items";
    }

    private static List<String> ranked(String ws) {
        return asAdmin().queryParam("sort", "rank").queryParam("limit", 200).queryParam("filter", "project = RK")
                .get(path(ws)).then().statusCode(200).extract().jsonPath().getList("items.key");
    }

    private static String board(int items) {
        String ws = aWorkspace();
        aProject(ws, "RK");
        for (int i = 1; i <= items; i++) {
            aWorkItem(ws, "RK", "Card " + i);
        }
        return ws;
    }

    @Test
    void new_items_go_to_the_end_and_a_move_changes_only_the_moved_item() {
        String ws = board(4);
        assertThat(ranked(ws)).containsExactly("RK-1", "RK-2", "RK-3", "RK-4");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("before", "RK-2")).post(path(ws) + "/RK-4/rank").then()
                .statusCode(200).header("ETag", "\"1\"").body("key", equalTo("RK-4")).body("version", equalTo(1));
        assertThat(ranked(ws)).containsExactly("RK-1", "RK-4", "RK-2", "RK-3");
        asAdmin().body(Map.of("after", "RK-3")).post(path(ws) + "/RK-1/rank").then().statusCode(200);
        asAdmin().body(Map.of("before", "RK-4")).post(path(ws) + "/RK-3/rank").then().statusCode(200);
        assertThat(ranked(ws)).containsExactly("RK-3", "RK-4", "RK-2", "RK-1");
        // nobody else was renumbered: RK-2 was never touched
        asAdmin().get(path(ws) + "/RK-2").then().body("version", equalTo(0));
        aWorkItem(ws, "RK", "Card 5");
        assertThat(ranked(ws)).containsExactly("RK-3", "RK-4", "RK-2", "RK-1", "RK-5");

        JsonPath events = asAdmin().queryParam("limit", 200).get("/api/v1/workspaces/" + ws + "/events").then()
                .extract().jsonPath();
        assertThat(events.getString("items.findAll { it.type == 'work_item.updated' }[0].data.before")).isEqualTo("RK-2");
        assertThat(events.getString("items.findAll { it.type == 'work_item.updated' }[0].previous.rank")).isNotBlank();
        assertThat(asAdmin().get(path(ws) + "/RK-4/activity").then().statusCode(200).extract().jsonPath()
                .getList("items.field")).contains("rank");
    }

    @Test
    void refusals_name_the_field_and_a_stale_version_is_a_conflict() {
        String ws = board(2);
        aProject(ws, "OT");
        aWorkItem(ws, "OT", "Elsewhere");
        asAdmin().body(Map.of()).post(path(ws) + "/RK-1/rank").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].code", equalTo("ONE_NEIGHBOUR"));
        asAdmin().body(Map.of("before", "RK-2", "after", "RK-2")).post(path(ws) + "/RK-1/rank").then().statusCode(400)
                .body("errors[0].code", equalTo("ONE_NEIGHBOUR"));
        asAdmin().body(Map.of("before", "RK-1")).post(path(ws) + "/RK-1/rank").then().statusCode(400)
                .body("errors[0].code", equalTo("SAME_ITEM"));
        asAdmin().body(Map.of("after", "OT-1")).post(path(ws) + "/RK-1/rank").then().statusCode(400)
                .body("errors[0].code", equalTo("OTHER_PROJECT"));
        asAdmin().body(Map.of("after", "RK-99")).post(path(ws) + "/RK-1/rank").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_WORK_ITEM"));
        asAdmin().body(Map.of("after", "RK-2")).post(path(ws) + "/RK-99/rank").then().statusCode(404);
        asAdmin().header("If-Match", "\"7\"").body(Map.of("after", "RK-2")).post(path(ws) + "/RK-1/rank").then()
                .statusCode(412).body("code", equalTo("CONFLICT"));
        assertThat(ranked(ws)).containsExactly("RK-1", "RK-2");
    }

    @Test
    void concurrent_moves_into_the_same_gap_never_collide() throws Exception {
        String ws = board(12);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> moves = IntStream.rangeClosed(3, 12).mapToObj(n -> CompletableFuture
                    .supplyAsync(() -> asAdmin().body(Map.of("after", "RK-1")).post(path(ws) + "/RK-" + n + "/rank")
                            .then().extract().statusCode(), pool)).toList();
            assertThat(moves.stream().map(CompletableFuture::join).toList()).containsOnly(200);
        } finally {
            pool.shutdown();
        }
        List<String> order = ranked(ws);
        assertThat(order).hasSize(12).doesNotHaveDuplicates().startsWith("RK-1").endsWith("RK-2");
    }

    @Test
    void graphql_ranks_and_orders_by_rank() {
        String ws = board(3);
        JsonPath moved = GraphQL.ok(ADMIN_KEY, "mutation($ws: String!) { rankWorkItem(input: {workspace: $ws,"
                + " workItem: \"RK-3\", before: \"RK-1\", expectedVersion: 0}) { workItem { key version } } }",
                Map.of("ws", ws));
        assertThat(moved.getInt("data.rankWorkItem.workItem.version")).isEqualTo(1);
        JsonPath listed = GraphQL.ok(ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) {"
                + " workItems(orderBy: RANK) { edges { node { key } } } } }", Map.of("ws", ws));
        assertThat(listed.getList("data.workspace.workItems.edges.node.key")).containsExactly("RK-3", "RK-1", "RK-2");
        JsonPath stale = GraphQL.as(ADMIN_KEY, "mutation($ws: String!) { rankWorkItem(input: {workspace: $ws,"
                + " workItem: \"RK-3\", after: \"RK-2\", expectedVersion: 0}) { workItem { key } } }", Map.of("ws", ws));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        JsonPath none = GraphQL.as(ADMIN_KEY, "mutation($ws: String!) { rankWorkItem(input: {workspace: $ws,"
                + " workItem: \"RK-3\"}) { workItem { key } } }", Map.of("ws", ws));
        assertThat(none.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
    }
}
