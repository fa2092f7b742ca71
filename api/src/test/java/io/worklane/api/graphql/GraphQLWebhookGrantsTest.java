package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A webhook's grants of private projects through GraphQL (ADR 0085): given, listed, replaced, as over REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLWebhookGrantsTest {

    @Test
    void a_subscription_is_granted_private_projects_and_shows_them_by_key() {
        String ws = aWorkspace();
        for (String key : List.of("GA", "GB")) {
            asAdmin().body(Map.of("key", key, "name", "Private " + key, "visibility", "PRIVATE"))
                    .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        }
        JsonPath created = ok("mutation($in: CreateWebhookInput!) { createWebhook(input: $in) { webhook { id"
                + " privateProjects } } }", Map.of("in", Map.of("workspace", ws, "url", "https://example.com/g",
                "eventTypes", List.of("status_report.published"), "privateProjects", List.of("GB", "GA"))));
        assertThat(created.getList("data.createWebhook.webhook.privateProjects", String.class))
                .containsExactly("GA", "GB");
        String id = created.getString("data.createWebhook.webhook.id");

        JsonPath updated = ok("mutation($in: UpdateWebhookInput!) { updateWebhook(input: $in) { webhook {"
                + " privateProjects } } }", Map.of("in", Map.of("workspace", ws, "id", id,
                "privateProjects", List.of("GB"))));
        assertThat(updated.getList("data.updateWebhook.webhook.privateProjects", String.class)).containsExactly("GB");
        JsonPath listed = ok("query($ws: String!) { workspace(idOrSlug: $ws) { webhooksConnection { edges { node {"
                + " privateProjects } } } } }", Map.of("ws", ws));
        assertThat(listed.getList("data.workspace.webhooksConnection.edges[0].node.privateProjects", String.class))
                .containsExactly("GB");
    }
}
