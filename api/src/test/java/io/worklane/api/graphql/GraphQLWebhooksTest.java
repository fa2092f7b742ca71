package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.graphql.GraphQLClient.post;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions through GraphQL: the secret once, the same refusals as REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLWebhooksTest {
    private static final String CREATE = "mutation($in: CreateWebhookInput!) { createWebhook(input: $in) {"
            + " secret webhook { id url eventTypes projectId status description version } } }";
    private static final String LIST = "query($ws: String!) { workspace(idOrSlug: $ws) { webhooks {"
            + " id url eventTypes status previousSecretExpiresAt } } }";

    @Test
    void a_subscription_is_created_with_its_secret_once_then_listed_without_it() {
        String ws = aWorkspace();
        String projectId = aProject(ws, "GH").extract().path("id");
        JsonPath created = ok(CREATE, Map.of("in", Map.of("workspace", ws, "url", "https://example.com/gql",
                "eventTypes", List.of("work_item.*"), "project", "GH", "description", "From GraphQL")));
        assertThat(created.getString("data.createWebhook.secret")).startsWith("whsec_");
        assertThat(created.getString("data.createWebhook.webhook.status")).isEqualTo("ACTIVE");
        assertThat(created.getString("data.createWebhook.webhook.projectId")).isEqualTo(projectId);
        String id = created.getString("data.createWebhook.webhook.id");

        JsonPath listed = ok(LIST, Map.of("ws", ws));
        assertThat(listed.getList("data.workspace.webhooks.id", String.class)).containsExactly(id);
        assertThat(listed.prettify()).doesNotContain("whsec_");

        JsonPath updated = ok("mutation($in: UpdateWebhookInput!) { updateWebhook(input: $in) {"
                + " webhook { status projectId description version } } }", Map.of("in", Map.of("workspace", ws,
                "id", id, "status", "DISABLED", "clear", List.of("PROJECT", "DESCRIPTION"))));
        assertThat(updated.getString("data.updateWebhook.webhook.status")).isEqualTo("DISABLED");
        assertThat(updated.getString("data.updateWebhook.webhook.projectId")).isNull();
        assertThat(updated.getString("data.updateWebhook.webhook.description")).isNull();

        JsonPath rotated = ok("mutation($in: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $in) {"
                + " secret webhook { previousSecretExpiresAt } } }", Map.of("in", Map.of("workspace", ws, "id", id)));
        assertThat(rotated.getString("data.rotateWebhookSecret.secret")).startsWith("whsec_")
                .isNotEqualTo(created.getString("data.createWebhook.secret"));
        assertThat(rotated.getString("data.rotateWebhookSecret.webhook.previousSecretExpiresAt")).isNotNull();

        ok("mutation($in: DeleteWebhookInput!) { deleteWebhook(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "id", id)));
        assertThat(ok(LIST, Map.of("ws", ws)).getList("data.workspace.webhooks")).isEmpty();
    }

    @Test
    void bad_input_is_refused_at_its_paths() {
        String ws = aWorkspace();
        post(CREATE, Map.of("in", Map.of("workspace", ws, "url", "http://a:b@example.com",
                "eventTypes", List.of("work_item.**"), "project", "NOPE")))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors.field", hasItem("url"))
                .body("errors[0].extensions.errors.field", hasItem("eventTypes[0]"))
                .body("errors[0].extensions.errors.field", hasItem("project"));
        assertThat(ok(LIST, Map.of("ws", ws)).getList("data.workspace.webhooks")).isEmpty();
    }
}
