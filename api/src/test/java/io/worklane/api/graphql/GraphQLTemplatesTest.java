package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Project templates over GraphQL: listed in pages, saved, instantiated by createProject, deleted; REST's codes. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLTemplatesTest {
    private static final String LIST = "query($ws: String!, $first: Int, $after: String) { workspace(idOrSlug: $ws) {"
            + " projectTemplates(first: $first, after: $after) { edges { cursor node { id name builtIn itemCount"
            + " milestoneCount content } } pageInfo { hasNextPage endCursor } } } }";
    private static final String SAVE = "mutation($ws: String!, $key: String) { createProjectTemplate(input: {workspace:"
            + " $ws, fromProject: \"GT\", name: \"From GT\", idempotencyKey: $key}) { projectTemplate { id name builtIn"
            + " itemCount sourceProjectId version } } }";
    private static final String INSTANTIATE = "mutation($ws: String!, $template: ID!, $key: String!) { createProject("
            + "input: {workspace: $ws, key: $key, name: \"Made\", startDate: \"2027-02-01\", template: $template}) {"
            + " project { key startDate targetDate } } }";
    private static final String DELETE = "mutation($ws: String!, $id: ID!, $v: Int) { deleteProjectTemplate(input: {"
            + "workspace: $ws, id: $id, expectedVersion: $v}) { deletedId } }";

    @Test
    void templates_are_listed_saved_instantiated_and_deleted() {
        String ws = aWorkspace();
        aProject(ws, "GT");
        asAdmin().body(Map.of("project", "GT", "title", "Only task", "startDate", "2027-01-04", "dueDate", "2027-01-06"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);

        Map<String, Object> vars = new HashMap<>(Map.of("ws", ws, "key", "gt-1"));
        JsonPath saved = ok(SAVE, vars);
        String id = saved.getString("data.createProjectTemplate.projectTemplate.id");
        assertThat(saved.getInt("data.createProjectTemplate.projectTemplate.itemCount")).isEqualTo(1);
        assertThat(saved.getBoolean("data.createProjectTemplate.projectTemplate.builtIn")).isFalse();
        assertThat(ok(SAVE, vars).getString("data.createProjectTemplate.projectTemplate.id")).isEqualTo(id);

        JsonPath first = ok(LIST, Map.of("ws", ws, "first", 5));
        assertThat(first.getList("data.workspace.projectTemplates.edges.node.builtIn")).containsOnly(true);
        assertThat(first.getList("data.workspace.projectTemplates.edges.node.content")).containsOnlyNulls();
        assertThat(first.getBoolean("data.workspace.projectTemplates.pageInfo.hasNextPage")).isTrue();
        JsonPath second = ok(LIST, Map.of("ws", ws, "first", 5, "after",
                first.getString("data.workspace.projectTemplates.pageInfo.endCursor")));
        assertThat(second.getList("data.workspace.projectTemplates.edges.node.name"))
                .containsExactly("Consulting engagement", "From GT");
        assertThat(second.getBoolean("data.workspace.projectTemplates.pageInfo.hasNextPage")).isFalse();

        JsonPath one = ok("query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { projectTemplate(id: $id) {"
                + " name content } } }", Map.of("ws", ws, "id", id));
        assertThat(one.getList("data.workspace.projectTemplate.content.items.title")).containsExactly("Only task");

        String launch = first.getString("data.workspace.projectTemplates.edges[0].node.id");
        JsonPath made = ok(INSTANTIATE, Map.of("ws", ws, "template", launch, "key", "GL"));
        assertThat(made.getString("data.createProject.project.targetDate")).isNotNull();
        assertThat(asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?project=GL&limit=200").then()
                .extract().jsonPath().getList("items")).hasSize(
                first.getInt("data.workspace.projectTemplates.edges[0].node.itemCount"));
        JsonPath taken = failing(INSTANTIATE, Map.of("ws", ws, "template", launch, "key", "GL"));
        assertThat(taken.getString("errors[0].extensions.code")).isEqualTo("PROJECT_KEY_TAKEN");

        JsonPath builtIn = failing(DELETE, Map.of("ws", ws, "id", launch));
        assertThat(builtIn.getString("errors[0].extensions.code")).isEqualTo("PROJECT_TEMPLATE_BUILT_IN");
        JsonPath stale = failing(DELETE, Map.of("ws", ws, "id", id, "v", 4));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(ok(DELETE, Map.of("ws", ws, "id", id, "v", 0)).getString("data.deleteProjectTemplate.deletedId"))
                .isEqualTo(id);
        JsonPath gone = failing(INSTANTIATE, Map.of("ws", ws, "template", id, "key", "GONE"));
        assertThat(gone.getString("errors[0].extensions.code")).isEqualTo("PROJECT_TEMPLATE_NOT_FOUND");
        assertThat(List.of(ok(LIST, Map.of("ws", ws, "first", 50))
                .getList("data.workspace.projectTemplates.edges.node.id").toArray())).doesNotContain(id);
    }
}
