package io.worklane.api.move;

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
import org.junit.jupiter.api.Test;

/**
 * The bulk {@code move} operation goes through the single move (ADR 0060, 0082): ATOMIC keeps nothing when an
 * item has no place, PER_ITEM moves the others, a dry run writes nothing, and an item moved along with its
 * parent earlier in the same change succeeds unchanged.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BulkMoveTest {
    private static String bulk(String ws) {
        return "/api/v1/workspaces/" + ws + "/work-items/bulk";
    }

    private static String item(String ws, String key) {
        return "/api/v1/workspaces/" + ws + "/work-items/" + key;
    }

    /** BA-1 (todo) with its child BA-2, BA-3 in_progress; RQ follows request intake (no todo, no in_progress). */
    private static String seeded() {
        String ws = aWorkspace();
        aProject(ws, "BA");
        aProject(ws, "BB");
        WorkItemMoveRestTest.aProjectOn(ws, "RQ", "request_intake");
        aWorkItem(ws, "BA", "Parent");
        asAdmin().body(Map.of("project", "BA", "title", "Child", "parent", "BA-1")).post(
                "/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        aWorkItem(ws, "BA", "Started");
        asAdmin().body(Map.of("to", "in_progress")).post(item(ws, "BA-3") + "/transitions").then().statusCode(200);
        return ws;
    }

    @Test
    void an_atomic_move_of_a_parent_and_its_child_moves_both_once() {
        String ws = seeded();
        asAdmin().body(Map.of("keys", List.of("BA-1", "BA-2", "BA-3"), "operations",
                        List.of(Map.of("move", Map.of("project", "BB")))))
                .post(bulk(ws)).then().statusCode(200).body("applied", equalTo(true)).body("succeeded", equalTo(3))
                .body("items.key", equalTo(List.of("BA-1", "BA-2", "BA-3")))
                .body("items.newKey", equalTo(java.util.Arrays.asList("BB-1", "BB-2", "BB-3")));
        asAdmin().get(item(ws, "BA-1")).then().body("key", equalTo("BB-1")).body("version", equalTo(1));
        asAdmin().get(item(ws, "BA-2")).then().body("key", equalTo("BB-2")).body("parentKey", equalTo("BB-1"));
        asAdmin().get(item(ws, "BA-3")).then().body("key", equalTo("BB-3")).body("status", equalTo("in_progress"));
        List<?> moves = asAdmin().queryParam("limit", 1000).get("/api/v1/workspaces/" + ws + "/events").then()
                .extract().jsonPath().getList("items.findAll { it.type == 'work_item.moved' }");
        assertThat(moves).hasSize(3);

        // item by item, other operations of the change reach a child that moved with its parent as it is now
        asAdmin().body(Map.of("keys", List.of("BB-1", "BB-2"), "mode", "PER_ITEM", "operations", List.of(
                        Map.of("addLabels", List.of("back")), Map.of("move", Map.of("project", "BA")))))
                .post(bulk(ws)).then().statusCode(200).body("succeeded", equalTo(2));
        asAdmin().get(item(ws, "BA-2")).then().body("key", equalTo("BA-5")).body("labels", equalTo(List.of("back")));
    }

    @Test
    void atomic_keeps_nothing_when_one_item_has_no_place_per_item_moves_the_rest_and_a_dry_run_writes_nothing() {
        String ws = seeded();
        Map<String, Object> toIntake = Map.of("move", Map.of("project", "RQ", "statusMapping",
                Map.of("todo", "submitted")));
        asAdmin().body(Map.of("keys", List.of("BA-1", "BA-3"), "operations", List.of(toIntake))).post(bulk(ws))
                .then().statusCode(200).body("applied", equalTo(false))
                .body("items.find { it.key == 'BA-1' }.status", equalTo("SUCCEEDED"))
                .body("items.find { it.key == 'BA-3' }.code", equalTo("STATE_NOT_IN_TARGET_WORKFLOW"));
        asAdmin().get(item(ws, "BA-1")).then().body("key", equalTo("BA-1")).body("version", equalTo(0));

        asAdmin().body(Map.of("keys", List.of("BA-1", "BA-3"), "operations", List.of(toIntake), "dryRun", true,
                "mode", "PER_ITEM")).post(bulk(ws)).then().statusCode(200).body("applied", equalTo(false))
                .body("items.status", equalTo(List.of("SUCCEEDED", "FAILED")));
        asAdmin().get(item(ws, "BA-1")).then().body("key", equalTo("BA-1"));
        asAdmin().queryParam("project", "RQ").get("/api/v1/workspaces/" + ws + "/work-items").then()
                .body("items", equalTo(List.of()));

        asAdmin().body(Map.of("keys", List.of("BA-1", "BA-3"), "operations", List.of(toIntake), "mode",
                "PER_ITEM")).post(bulk(ws)).then().statusCode(200).body("applied", equalTo(true))
                .body("items.status", equalTo(List.of("SUCCEEDED", "FAILED")));
        asAdmin().get(item(ws, "BA-1")).then().body("key", equalTo("RQ-1")).body("status", equalTo("submitted"));
        asAdmin().get(item(ws, "BA-2")).then().body("key", equalTo("RQ-2"));
        asAdmin().get(item(ws, "BA-3")).then().body("key", equalTo("BA-3"));
    }

    @Test
    void a_malformed_move_is_refused_before_anything_changes_and_graphql_moves_too() {
        String ws = seeded();
        asAdmin().body(Map.of("keys", List.of("BA-1"), "operations", List.of(Map.of("move", "BB")))).post(bulk(ws))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("operations[0].move"))
                .body("errors[0].code", equalTo("INVALID_OPERATION"));
        asAdmin().body(Map.of("keys", List.of("BA-1"), "operations", List.of(Map.of("move", Map.of("project", "BB")),
                Map.of("delete", true)))).post(bulk(ws)).then().statusCode(400);

        String mutation = "mutation($in: BulkUpdateWorkItemsInput!) { bulkUpdateWorkItems(input: $in) { applied"
                + " items { key succeeded version code } } }";
        JsonPath moved = GraphQL.ok(ADMIN_KEY, mutation, Map.of("in", Map.of("workspace", ws, "keys",
                List.of("BA-3"), "operations", List.of(Map.of("move", Map.of("project", "RQ", "statusMapping",
                        List.of(Map.of("from", "in_progress", "to", "triage"))))))));
        assertThat(moved.getBoolean("data.bulkUpdateWorkItems.applied")).isTrue();
        assertThat(moved.getList("data.bulkUpdateWorkItems.items.succeeded")).containsExactly(true);
        asAdmin().get(item(ws, "BA-3")).then().body("key", equalTo("RQ-1")).body("status", equalTo("triage"));
    }
}
