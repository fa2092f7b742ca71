package io.worklane.api.apikey;

import static io.restassured.RestAssured.given;
import static io.worklane.api.apikey.Keys.as;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same keys, rules and refusals through GraphQL. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApiKeysGraphQLTest {
    private static final String CREATE = "mutation($in: CreateApiKeyInput!) { createApiKey(input: $in) {"
            + " secret apiKey { id name prefix scopes createdBy { kind id } expiresAt revokedAt rotatedFromId } } }";
    private static final String ROTATE = "mutation($in: RotateApiKeyInput!) { rotateApiKey(input: $in) {"
            + " secret apiKey { id rotatedFromId } } }";
    private static final String REVOKE = "mutation($in: RevokeApiKeyInput!) { revokeApiKey(input: $in) {"
            + " apiKey { id revokedAt } } }";
    private static final String LIST = "query($ws: String!) { workspace(idOrSlug: $ws) {"
            + " apiKeys(first: 10) { edges { cursor node { id prefix scopes lastUsedAt } } pageInfo { hasNextPage } } } }";

    @Test
    void keysAreCreatedRotatedAndRevokedThroughGraphQL() {
        String ws = aWorkspace();
        JsonPath created = post(ADMIN_KEY, CREATE, Map.of("in", Map.of("workspace", ws, "name", "Dashboard",
                "scopes", List.of("workspace:read", "api_keys:write")))).setRootPath("data.createApiKey");
        String id = created.getString("apiKey.id");
        String secret = created.getString("secret");
        assertThat(secret).matches("wl_[0-9A-Za-z]{46}").startsWith(created.getString("apiKey.prefix"));
        assertThat(created.getList("apiKey.scopes")).containsExactly("workspace:read", "api_keys:write");
        assertThat(created.getString("apiKey.createdBy.kind")).isEqualTo("API_KEY");
        assertThat(created.getString("apiKey.revokedAt")).isNull();

        JsonPath listed = post(secret, LIST, Map.of("ws", ws)).setRootPath("data.workspace.apiKeys");
        assertThat(listed.getList("edges.node.id")).containsExactly(id);
        assertThat(listed.prettify()).doesNotContain(secret.substring(11));

        JsonPath rotated = post(secret, ROTATE, Map.of("in", Map.of("workspace", ws, "id", id)))
                .setRootPath("data.rotateApiKey");
        String newSecret = rotated.getString("secret");
        assertThat(rotated.getString("apiKey.rotatedFromId")).isEqualTo(id);
        as(newSecret).get("/api/v1/workspaces/" + ws).then().statusCode(200);
        as(secret).get("/api/v1/workspaces/" + ws).then().statusCode(200);

        JsonPath revoked = post(newSecret, REVOKE, Map.of("in", Map.of("workspace", ws, "id", id)))
                .setRootPath("data.revokeApiKey");
        assertThat(revoked.getString("apiKey.id")).isEqualTo(id);
        assertThat(revoked.getString("apiKey.revokedAt")).isNotNull();
        as(secret).get("/api/v1/workspaces/" + ws).then().statusCode(401);
        as(newSecret).get("/api/v1/workspaces/" + ws).then().statusCode(200);
    }

    @Test
    void refusalsCarryTheSameCodesAsREST() {
        String ws = aWorkspace();
        JsonPath unknown = post(ADMIN_KEY, CREATE, Map.of("in", Map.of("workspace", ws, "name", "x",
                "scopes", List.of("work_items:delete"))));
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(unknown.getString("errors[0].extensions.errors[0].code")).isEqualTo("UNKNOWN_SCOPE");

        JsonPath past = post(ADMIN_KEY, CREATE, Map.of("in", Map.of("workspace", ws, "name", "x",
                "scopes", List.of("workspace:read"), "expiresAt", "2001-01-01T00:00:00Z")));
        assertThat(past.getString("errors[0].extensions.errors[0].code")).isEqualTo("IN_THE_PAST");

        String reader = post(ADMIN_KEY, CREATE, Map.of("in", Map.of("workspace", ws, "name", "reader",
                "scopes", List.of("workspace:read")))).getString("data.createApiKey.secret");
        assertThat(post(reader, CREATE, Map.of("in", Map.of("workspace", ws, "name", "x",
                "scopes", List.of("workspace:read")))).getString("errors[0].extensions.code"))
                .isEqualTo("INSUFFICIENT_SCOPE");
        assertThat(post(reader, LIST, Map.of("ws", ws)).getString("errors[0].extensions.code"))
                .isEqualTo("INSUFFICIENT_SCOPE");

        String other = aWorkspace();
        String manager = post(ADMIN_KEY, CREATE, Map.of("in", Map.of("workspace", other, "name", "manager",
                "scopes", List.of("admin")))).getString("data.createApiKey.secret");
        assertThat(post(manager, LIST, Map.of("ws", ws)).getString("errors[0].extensions.code"))
                .isEqualTo("WORKSPACE_NOT_FOUND");
    }

    @Test
    void aReplayedCreateHasNoSecret() {
        String ws = aWorkspace();
        Map<String, Object> in = Map.of("in", Map.of("workspace", ws, "name", "Once",
                "scopes", List.of("workspace:read"), "idempotencyKey", "gql-once"));
        JsonPath first = post(ADMIN_KEY, CREATE, in);
        JsonPath again = post(ADMIN_KEY, CREATE, in);

        assertThat(first.getString("data.createApiKey.secret")).startsWith("wl_");
        assertThat(again.getString("data.createApiKey.apiKey.id")).isEqualTo(first.getString("data.createApiKey.apiKey.id"));
        assertThat(again.getString("data.createApiKey.secret")).isNull();
    }

    private static JsonPath post(String key, String query, Map<String, Object> variables) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }
}
