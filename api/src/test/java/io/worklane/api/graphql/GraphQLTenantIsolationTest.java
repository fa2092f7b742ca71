package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkItem;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.graphql.GraphQLClient.postAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.shared.Ids;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A key bound to one workspace sees nothing of another through GraphQL: not by slug, id, node or nesting. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLTenantIsolationTest {
    @Inject
    ApiKeys apiKeys;

    @Test
    void anotherWorkspacesObjectsDoNotExistForTheCaller() {
        String mine = aWorkspace();
        String theirs = aWorkspace();
        aProject(mine, "MINE");
        aProject(theirs, "SECRET");
        String theirItem = aWorkItem(theirs, "SECRET", "Confidential").getString("id");
        String key = aKeyBoundTo(mine);

        assertThat(code(as(key, "query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", theirs))))
                .isEqualTo("WORKSPACE_NOT_FOUND");
        assertThat(code(as(key, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", theirItem))))
                .isEqualTo("NOT_FOUND");
        assertThat(code(as(key, "query($ws: String!, $id: String!) { workspace(idOrSlug: $ws) { workItem(key: $id)"
                + " { id } } }", Map.of("ws", mine, "id", theirItem)))).isEqualTo("WORK_ITEM_NOT_FOUND");
        assertThat(code(as(key, "mutation($in: UpdateWorkItemInput!) { updateWorkItem(input: $in) { workItem { id } } }",
                Map.of("in", Map.of("workspace", theirs, "workItem", "SECRET-1", "title", "pwned")))))
                .isEqualTo("WORKSPACE_NOT_FOUND");
        assertThat(as(key, "{ workspaces { edges { node { slug projects { edges { node { key } } } } } } }", Map.of())
                .getList("data.workspaces.edges.node.slug")).containsExactly(mine);
        assertThat(ok("query($id: ID!) { node(id: $id) { ... on WorkItem { title } } }", Map.of("id", theirItem))
                .getString("data.node.title")).isEqualTo("Confidential");
    }

    @Test
    void onlyTheInstanceAdministratorCreatesWorkspaces() {
        String key = aKeyBoundTo(aWorkspace());

        assertThat(code(as(key, "mutation { createWorkspace(input: {slug: \"not-allowed\", name: \"No\"}) {"
                + " workspace { id } } }", Map.of()))).isEqualTo("FORBIDDEN");
    }

    private static JsonPath as(String key, String query, Map<String, Object> variables) {
        return postAs(key, query, variables).extract().jsonPath();
    }

    private static String code(JsonPath result) {
        assertThat(result.prettify()).doesNotContain("Confidential");
        return result.getString("errors[0].extensions.code");
    }

    private String aKeyBoundTo(String slug) {
        UUID wsId = UUID.fromString(ok("query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", slug))
                .getString("data.workspace.id"));
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(new ApiKey(Ids.newId(), wsId, "partner app", secret.displayPrefix(), secret.hash(),
                Set.of("workspace:read", "projects:read", "work_items:write"), false, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null))
                .await().indefinitely();
        return secret.value();
    }
}
