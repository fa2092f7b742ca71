package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aComment;
import static io.worklane.api.graphql.Fixtures.aMember;
import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkItem;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Work items through GraphQL: nested reads, updates with clear, custom fields, versions, deletes. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLWorkItemsTest {
    private static final String UPDATE = "mutation($in: UpdateWorkItemInput!) { updateWorkItem(input: $in) {"
            + " workItem { key version description dueDate estimateMinutes customFields parent { key } } } }";

    @Test
    void aWorkItemShowsItsProjectPeopleHierarchyAndComments() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        String ada = aMember(ws, "ada@example.com");
        String bob = aMember(ws, "bob@example.com");
        String epic = aWorkItem(ws, "ENG", "Epic").getString("key");
        String task = aWorkItem(ws, "ENG", "Task", Map.of("parent", epic, "assignees", List.of(bob, ada),
                "reporter", ada, "labels", List.of("backend"), "priority", "HIGH")).getString("key");
        aComment(ws, task, "First!");

        JsonPath item = ok("query($ws: String!, $key: String!) { workspace(idOrSlug: $ws) { workItem(key: $key) {"
                + " key title priority labels project { key } parent { key children { key } }"
                + " assignees { email } reporter { email } comments { body author { kind } } } } }",
                Map.of("ws", ws, "key", task)).setRootPath("data.workspace.workItem");

        assertThat(item.getString("key")).isEqualTo("ENG-2");
        assertThat(item.getString("priority")).isEqualTo("HIGH");
        assertThat(item.getList("labels")).containsExactly("backend");
        assertThat(item.getString("project.key")).isEqualTo("ENG");
        assertThat(item.getString("parent.key")).isEqualTo(epic);
        assertThat(item.getList("parent.children.key")).containsExactly(task);
        assertThat(item.getList("assignees.email")).containsExactly("bob@example.com", "ada@example.com");
        assertThat(item.getString("reporter.email")).isEqualTo("ada@example.com");
        assertThat(item.getList("comments.body")).containsExactly("First!");
        assertThat(item.getList("comments.author.kind")).containsExactly("API_KEY");
    }

    @Test
    void anUpdateChangesGivenFieldsClearsListedOnesAndLeavesTheRest() {
        String ws = aWorkspace();
        aProject(ws, "OPS");
        String parent = aWorkItem(ws, "OPS", "Parent").getString("key");
        JsonPath child = aWorkItem(ws, "OPS", "Child", Map.of("description", "old", "parent", parent,
                "estimateMinutes", 90));
        int version = child.getInt("version");

        JsonPath updated = ok(UPDATE, Map.of("in", Map.of("workspace", ws, "workItem", child.getString("key"),
                "expectedVersion", version,
                "dueDate", "2026-12-24", "clear", List.of("DESCRIPTION", "PARENT"))))
                .setRootPath("data.updateWorkItem.workItem");

        assertThat(updated.getInt("version")).isEqualTo(version + 1);
        assertThat(updated.getString("dueDate")).isEqualTo("2026-12-24");
        assertThat(updated.getString("description")).isNull();
        assertThat(updated.getString("parent")).isNull();
        assertThat(updated.getInt("estimateMinutes")).isEqualTo(90);
    }

    @Test
    void customFieldValuesAreOneJsonObjectMergedByUpdates() {
        String ws = aWorkspace();
        aProject(ws, "CF");
        ok("mutation($in: CreateCustomFieldInput!) { createCustomField(input: $in) { customField { key } } }",
                Map.of("in", Map.of("workspace", ws, "project", "CF", "key", "severity", "name", "Severity",
                        "type", "SELECT", "options", List.of("low", "high"))));
        ok("mutation($in: CreateCustomFieldInput!) { createCustomField(input: $in) { customField { key } } }",
                Map.of("in", Map.of("workspace", ws, "project", "CF", "key", "points", "name", "Points",
                        "type", "NUMBER")));
        String key = aWorkItem(ws, "CF", "Valued", Map.of("customFields", Map.of("severity", "high", "points", 3.5)))
                .getString("key");

        Map<String, Object> values = ok(UPDATE, Map.of("in", Map.of("workspace", ws, "workItem", key,
                "customFields", java.util.Collections.singletonMap("severity", null))))
                .getMap("data.updateWorkItem.workItem.customFields");

        assertThat(values).containsOnlyKeys("points");
        assertThat(values.get("points").toString()).isEqualTo("3.5");
        assertThat(ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"CF\") {"
                + " customFields { key type options } } } }", Map.of("ws", ws))
                .getList("data.workspace.project.customFields.key")).containsExactly("severity", "points");
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        String ws = aWorkspace();
        aProject(ws, "VER");
        JsonPath item = aWorkItem(ws, "VER", "Versioned");
        String key = item.getString("key");
        int version = item.getInt("version");
        ok(UPDATE, Map.of("in", Map.of("workspace", ws, "workItem", key, "expectedVersion", version, "title", "v2")));

        JsonPath stale = failing(UPDATE, Map.of("in", Map.of("workspace", ws, "workItem", key,
                "expectedVersion", version, "title", "v3")));

        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(stale.getString("data.updateWorkItem")).isNull();
    }

    @Test
    void aDeletedWorkItemIsGoneAndItsIdIsReturned() {
        String ws = aWorkspace();
        aProject(ws, "DEL");
        JsonPath item = aWorkItem(ws, "DEL", "Doomed");

        String deleted = ok("mutation($in: DeleteWorkItemInput!) { deleteWorkItem(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "workItem", item.getString("key"))))
                .getString("data.deleteWorkItem.deletedId");

        assertThat(deleted).isEqualTo(item.getString("id"));
        assertThat(failing("query($id: ID!) { node(id: $id) { id } }", Map.of("id", deleted))
                .getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }
}
