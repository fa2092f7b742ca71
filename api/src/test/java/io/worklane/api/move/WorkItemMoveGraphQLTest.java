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

/** moveWorkItem: REST's use case, answers and codes (ADR 0082). */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkItemMoveGraphQLTest {
    private static final String MOVE = "mutation($in: MoveWorkItemInput!) { moveWorkItem(input: $in) {"
            + " workItem { key status version customFields } moved { previousKey key status version"
            + " droppedCustomFields } } }";

    @Test
    void an_item_moves_with_its_child_and_its_old_key_finds_it() {
        String ws = aWorkspace();
        aProject(ws, "GA");
        aProject(ws, "GB");
        asAdmin().body(Map.of("key", "note", "name", "Note", "type", "TEXT"))
                .post("/api/v1/workspaces/" + ws + "/projects/GA/custom-fields").then().statusCode(201);
        asAdmin().body(Map.of("project", "GA", "title", "Parent", "customFields", Map.of("note", "hi")))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        asAdmin().body(Map.of("project", "GA", "title", "Child", "parent", "GA-1"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);

        JsonPath moved = GraphQL.ok(ADMIN_KEY, MOVE, Map.of("in", Map.of("workspace", ws, "workItem", "GA-1",
                "project", "GB", "expectedVersion", 0, "statusMapping",
                List.of(Map.of("from", "todo", "to", "in_progress")))));
        assertThat(moved.getString("data.moveWorkItem.workItem.key")).isEqualTo("GB-1");
        assertThat(moved.getString("data.moveWorkItem.workItem.status")).isEqualTo("in_progress");
        assertThat(moved.getInt("data.moveWorkItem.workItem.version")).isEqualTo(1);
        assertThat(moved.getList("data.moveWorkItem.moved.key")).containsExactly("GB-1", "GB-2");
        assertThat(moved.getList("data.moveWorkItem.moved.previousKey")).containsExactly("GA-1", "GA-2");
        assertThat(moved.getList("data.moveWorkItem.moved[0].droppedCustomFields")).containsExactly("note");

        String byOldKey = "query($ws: String!) { workspace(idOrSlug: $ws) { workItem(key: \"GA-2\") { key } } }";
        assertThat(GraphQL.ok(ADMIN_KEY, byOldKey, Map.of("ws", ws)).getString("data.workspace.workItem.key"))
                .isEqualTo("GB-2");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GA-2").then().body("key", equalTo("GB-2"));
    }

    @Test
    void refusals_carry_the_rest_codes() {
        String ws = aWorkspace();
        aProject(ws, "GR");
        aProject(ws, "GT");
        aWorkItem(ws, "GR", "Stays");
        assertThat(code(ws, Map.of("workspace", ws, "workItem", "GR-1", "project", "GR")))
                .isEqualTo("ALREADY_IN_PROJECT");
        assertThat(code(ws, Map.of("workspace", ws, "workItem", "GR-1", "project", "NONE")))
                .isEqualTo("PROJECT_NOT_FOUND");
        assertThat(code(ws, Map.of("workspace", ws, "workItem", "GR-1", "project", "GT", "expectedVersion", 4)))
                .isEqualTo("CONFLICT");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GR-1").then().body("version", equalTo(0));
    }

    private static String code(String ws, Map<String, Object> in) {
        JsonPath refused = GraphQL.as(ADMIN_KEY, MOVE, Map.of("in", in));
        assertThat(refused.getMap("data") == null || refused.get("data.moveWorkItem") == null).isTrue();
        return refused.getString("errors[0].extensions.code");
    }
}
