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
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** node(id:) finds every kind of object by its id alone. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLNodeTest {
    private static final String NODE = "query($id: ID!) { node(id: $id) { __typename id"
            + " ... on Workspace { slug } ... on Member { email } ... on Project { key }"
            + " ... on CustomField { key } ... on WorkItem { key } ... on Comment { body }"
            + " ... on Portfolio { name } ... on Team { name } } }";

    @Test
    void everyKindOfObjectIsANode() {
        String ws = aWorkspace();
        String wsId = ok("query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", ws))
                .getString("data.workspace.id");
        String member = aMember(ws, "node@example.com");
        String project = aProject(ws, "NOD");
        String field = ok("mutation($in: CreateCustomFieldInput!) { createCustomField(input: $in) { customField { id } } }",
                Map.of("in", Map.of("workspace", ws, "project", "NOD", "key", "size", "name", "Size",
                        "type", "TEXT"))).getString("data.createCustomField.customField.id");
        String item = aWorkItem(ws, "NOD", "Noded").getString("id");
        String comment = aComment(ws, item, "Hello node");

        assertThat(node(wsId)).containsEntry("__typename", "Workspace").containsEntry("slug", ws);
        assertThat(node(member)).containsEntry("__typename", "Member").containsEntry("email", "node@example.com");
        assertThat(node(project)).containsEntry("__typename", "Project").containsEntry("key", "NOD");
        assertThat(node(field)).containsEntry("__typename", "CustomField").containsEntry("key", "size");
        assertThat(node(item)).containsEntry("__typename", "WorkItem").containsEntry("key", "NOD-1");
        assertThat(node(comment)).containsEntry("__typename", "Comment").containsEntry("body", "Hello node");

        String base = "/api/v1/workspaces/" + ws;
        String portfolio = io.worklane.api.support.Api.asAdmin().body(Map.of("name", "Noded programme", "currency", "EUR"))
                .post(base + "/portfolios").then().statusCode(201).extract().path("id");
        String team = io.worklane.api.support.Api.asAdmin().body(Map.of("name", "Noded team"))
                .post(base + "/teams").then().statusCode(201).extract().path("id");
        assertThat(node(portfolio)).containsEntry("__typename", "Portfolio").containsEntry("name", "Noded programme");
        assertThat(node(team)).containsEntry("__typename", "Team").containsEntry("name", "Noded team");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        for (String id : List.of("0190f5c4-0000-7000-8000-000000000000", "ENG-1", "nonsense")) {
            assertThat(failing(NODE, Map.of("id", id)).getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        }
    }

    private static Map<String, Object> node(String id) {
        Map<String, Object> node = ok(NODE, Map.of("id", id)).getMap("data.node");
        assertThat(node).containsEntry("id", id);
        return node;
    }
}
