package io.worklane.api.webhook;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.webhook.WebhookSecret;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions over REST: the secret once, every refusal at its path, rotation with an overlap. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WebhooksRestTest {
    @Inject
    WebhookSubscriptions subscriptions;

    private static String webhooks(String ws) {
        return "/api/v1/workspaces/" + ws + "/webhooks";
    }

    private static Map<String, Object> aWebhook(String url, List<String> eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        return body;
    }

    @Test
    void the_secret_is_shown_once_at_creation_and_never_again() {
        String ws = aWorkspace();
        aProject(ws, "WH");
        Map<String, Object> body = aWebhook("https://example.com/hooks", List.of("work_item.*", "comment.created"));
        body.put("project", "WH");
        body.put("description", "Support desk");
        JsonPath created = asAdmin().body(body).post(webhooks(ws)).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/webhooks/")).header("ETag", equalTo("\"0\""))
                .body("secret", startsWith("whsec_")).body("status", equalTo("ACTIVE")).body("projectKey", equalTo("WH"))
                .body("eventTypes", org.hamcrest.Matchers.contains("work_item.*", "comment.created"))
                .body("description", equalTo("Support desk")).extract().jsonPath();
        String secret = created.getString("secret");
        WebhookSecret.parse(secret);
        String id = created.getString("id");

        asAdmin().get(webhooks(ws)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(id)).body("items[0].secret", nullValue())
                .body(not(org.hamcrest.Matchers.containsString("whsec_")));
        String one = asAdmin().get(webhooks(ws) + "/" + id).then().statusCode(200).body("url",
                equalTo("https://example.com/hooks")).extract().asString();
        assertThat(one).doesNotContain("whsec_").doesNotContain(secret.substring(6));

    }

    @Test
    void bad_input_is_refused_with_every_problem_at_its_path_and_nothing_is_saved() {
        String ws = aWorkspace();
        Map<String, Object> bad = aWebhook("https://user:pw@example.com/hooks", List.of("work_item.*", "work_item.**"));
        bad.put("project", "NOPE");
        asAdmin().body(bad).post(webhooks(ws)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("url", "eventTypes[1]", "project"))
                .body("errors.find { it.field == 'url' }.code", equalTo("USERINFO_NOT_ALLOWED"))
                .body("errors.find { it.field == 'project' }.code", equalTo("UNKNOWN_PROJECT"));
        asAdmin().body(aWebhook("ftp://example.com/hooks", List.of("*"))).post(webhooks(ws)).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("url"))
                .body("errors[0].code", equalTo("UNSUPPORTED_SCHEME"));
        asAdmin().body(aWebhook("https://example.com/hooks", List.of())).post(webhooks(ws)).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("eventTypes"));
        asAdmin().body(aWebhook("https://example.com/hooks", List.of("work_item.*", "invoice.paid"))).post(webhooks(ws))
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("eventTypes[1]"))
                .body("errors[0].code", equalTo("UNKNOWN_EVENT_TYPE"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("work_item.*"));
        asAdmin().body(Map.of("url", "https://example.com/hooks")).post(webhooks(ws)).then().statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        asAdmin().get(webhooks(ws)).then().statusCode(200).body("items", hasSize(0));
        asAdmin().get(webhooks(ws) + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("WEBHOOK_NOT_FOUND"));
    }

    @Test
    void a_subscription_is_changed_disabled_enabled_and_deleted_with_events_that_never_carry_the_secret() {
        String ws = aWorkspace();
        aProject(ws, "UP");
        JsonPath created = asAdmin().body(aWebhook("https://example.com/a", List.of("*"))).post(webhooks(ws)).then()
                .statusCode(201).extract().jsonPath();
        String url = webhooks(ws) + "/" + created.getString("id");

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("url", "https://example.com/b", "eventTypes", List.of("work_item.created"),
                        "project", "UP", "status", "DISABLED", "description", "Paused"))
                .patch(url).then().statusCode(200).body("status", equalTo("DISABLED")).body("version", equalTo(1))
                .body("url", equalTo("https://example.com/b")).body("projectKey", equalTo("UP"))
                .body("eventTypes", org.hamcrest.Matchers.contains("work_item.created")).body("secret", nullValue());
        asAdmin().contentType("application/merge-patch+json").body(Map.of("eventTypes", List.of("work_item.**")))
                .patch(url).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("eventTypes[0]"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("status", "PAUSED"))
                .patch(url).then().statusCode(400).body("errors.field", hasItem("status"));
        Map<String, Object> enable = new HashMap<>();
        enable.put("status", "ACTIVE");
        enable.put("project", null);
        enable.put("description", null);
        asAdmin().contentType("application/merge-patch+json").body(enable).patch(url).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("projectId", nullValue()).body("description", nullValue())
                .body("url", equalTo("https://example.com/b"));
        asAdmin().post(url + "/rotate-secret").then().statusCode(200);
        asAdmin().header("If-Match", "\"0\"").delete(url).then().statusCode(412);
        asAdmin().delete(url).then().statusCode(204);
        asAdmin().get(url).then().statusCode(404);

        String feed = asAdmin().queryParam("afterSeq", 0).queryParam("limit", 100)
                .get("/api/v1/workspaces/" + ws + "/events").then().statusCode(200).extract().asString();
        List<String> types = JsonPath.from(feed).getList("items.type", String.class);
        assertThat(types).containsSubsequence("webhook.created", "webhook.updated", "webhook.updated",
                "webhook.secret_rotated", "webhook.deleted");
        assertThat(feed).doesNotContain("whsec_");
        JsonPath events = JsonPath.from(feed);
        assertThat(events.getString("items.find { it.type == 'webhook.updated' }.previous.status")).isEqualTo("ACTIVE");
    }

    @Test
    void a_rotated_secret_is_new_and_the_old_one_keeps_signing_until_the_overlap_ends() {
        String ws = aWorkspace();
        JsonPath created = asAdmin().body(aWebhook("https://example.com/r", List.of("work_item.*"))).post(webhooks(ws))
                .then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String first = created.getString("secret");
        Instant before = Instant.now();

        JsonPath rotated = asAdmin().post(webhooks(ws) + "/" + id + "/rotate-secret").then().statusCode(200)
                .header("Cache-Control", "no-store").body("secret", startsWith("whsec_"))
                .body("version", equalTo(1)).extract().jsonPath();
        String second = rotated.getString("secret");
        assertThat(second).isNotEqualTo(first);
        Instant until = OffsetDateTime.parse(rotated.getString("previousSecretExpiresAt")).toInstant();
        assertThat(Duration.between(before, until)).isBetween(Duration.ofHours(24).minusMinutes(1),
                Duration.ofHours(24).plusMinutes(1));
        asAdmin().get(webhooks(ws) + "/" + id).then().statusCode(200).body("secret", nullValue())
                .body("previousSecretExpiresAt", equalTo(rotated.getString("previousSecretExpiresAt")));

        UUID workspaceId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        WebhookSubscription stored = subscriptions.find(workspaceId, UUID.fromString(id)).await().indefinitely()
                .orElseThrow();
        assertThat(stored.secrets().activeAt(Instant.now())).containsExactly(WebhookSecret.parse(second),
                WebhookSecret.parse(first));
        assertThat(stored.secrets().activeAt(until.minusSeconds(1))).hasSize(2);
        assertThat(stored.secrets().activeAt(until)).containsExactly(WebhookSecret.parse(second));

        // rotating again: the newest two sign, the first one no more
        String third = asAdmin().post(webhooks(ws) + "/" + id + "/rotate-secret").then().statusCode(200)
                .extract().path("secret");
        WebhookSubscription again = subscriptions.find(workspaceId, UUID.fromString(id)).await().indefinitely()
                .orElseThrow();
        assertThat(again.secrets().activeAt(Instant.now())).containsExactly(WebhookSecret.parse(third),
                WebhookSecret.parse(second));
    }

    @Test
    void reading_needs_webhooks_read_and_writing_webhooks_write() {
        String ws = aWorkspace();
        String reader = asAdmin().body(Map.of("name", "Hook reader", "scopes", List.of("webhooks:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + reader).get(webhooks(ws)).then()
                .statusCode(200);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + reader).contentType("application/json")
                .body(aWebhook("https://example.com/x", List.of("*"))).post(webhooks(ws)).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
    }
}
