package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.aHook;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A ping, a redelivery and a replay, each sent through the worker like any delivery, and their refusals. */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class DeliveryActionsTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private final Receiver receiver = new Receiver();
    @Inject
    Pool pool;

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void a_ping_is_signed_sent_and_logged_like_any_delivery() {
        String ws = aWorkspace();
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.*"));
        JsonPath queued = asAdmin().post(hook.path() + "/test").then().statusCode(202)
                .body("eventType", equalTo("webhook.ping")).body("status", equalTo("PENDING"))
                .extract().jsonPath();

        eventually(SOON, "the ping arrived", () -> receiver.received().size() == 1);
        var got = receiver.received().get(0);
        assertThat(got.signedWith(hook.secret())).isTrue();
        assertThat(got.header("webhook-id")).isEqualTo(queued.getString("messageId"));
        assertThat(JsonPath.from(got.body()).getString("type")).isEqualTo("webhook.ping");
        assertThat(JsonPath.from(got.body()).getString("data.webhookId")).isEqualTo(hook.id());
        eventually(SOON, "DELIVERED", () -> "DELIVERED".equals(hook.delivery(queued.getString("id")).getString("status")));
    }

    @Test
    void a_redelivery_sends_the_same_message_again_under_the_same_webhook_id() {
        String ws = aWorkspace();
        aProject(ws, "RE");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "RE", "Again, please");
        eventually(SOON, "DELIVERED", () -> "DELIVERED".equals(hook.deliveries().getString("items[0].status")));
        String deliveryId = hook.deliveries().getString("items[0].id");

        asAdmin().post(hook.path() + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202)
                .body("id", equalTo(deliveryId));
        eventually(SOON, "sent twice", () -> receiver.received().size() == 2);
        assertThat(receiver.received().get(1).header("webhook-id")).isEqualTo(receiver.received().get(0).header("webhook-id"));
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        eventually(SOON, "two attempts logged", () -> hook.delivery(deliveryId).getList("attempts").size() == 2);

        asAdmin().post(hook.path() + "/deliveries/0b6c0000-0000-0000-0000-000000000000/redeliver").then()
                .statusCode(404).body("code", equalTo("WEBHOOK_DELIVERY_NOT_FOUND"));
    }

    @Test
    void a_replay_sends_the_wanted_events_of_the_range_again() {
        String ws = aWorkspace();
        aProject(ws, "RP");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "RP", "One");
        aWorkItem(ws, "RP", "Two");
        eventually(SOON, "both delivered", () -> receiver.received().size() == 2);
        long first = JsonPath.from(receiver.received().get(0).body()).getLong("seq");
        long last = JsonPath.from(receiver.received().get(1).body()).getLong("seq");

        asAdmin().body(Map.of("fromSeq", 1, "toSeq", last)).post(hook.path() + "/replay").then().statusCode(202)
                .body("queued", equalTo(2)).body("fromSeq", equalTo(1)).body("toSeq", equalTo((int) last));
        eventually(SOON, "sent again", () -> receiver.received().size() == 4);
        assertThat(receiver.received().subList(2, 4)).extracting(r -> r.header("webhook-id"))
                .containsExactlyInAnyOrderElementsOf(receiver.received().subList(0, 2).stream()
                        .map(r -> r.header("webhook-id")).toList());
        assertThat(receiver.received()).allMatch(r -> r.signedWith(hook.secret()));
        assertThat(first).isLessThan(last);
    }

    @Test
    void a_replay_refuses_a_reversed_a_too_large_and_a_purged_range() {
        String ws = aWorkspace();
        var hook = aHook(ws, receiver.url("/hooks"), List.of("*"));
        asAdmin().body(Map.of("fromSeq", 5, "toSeq", 4)).post(hook.path() + "/replay").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("REPLAY_RANGE_REVERSED"));
        asAdmin().body(Map.of("fromSeq", 1, "toSeq", 10_001)).post(hook.path() + "/replay").then().statusCode(400)
                .body("code", equalTo("REPLAY_RANGE_TOO_LARGE"));
        asAdmin().body(Map.of("fromSeq", 0, "toSeq", 3)).post(hook.path() + "/replay").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().body(Map.of("toSeq", 3)).post(hook.path() + "/replay").then().statusCode(400);

        pool.preparedQuery("UPDATE workspaces SET events_purged_through = 2 WHERE slug = $1").execute(Tuple.of(ws))
                .await().indefinitely();
        asAdmin().body(Map.of("fromSeq", 2, "toSeq", 9)).post(hook.path() + "/replay").then().statusCode(410)
                .body("code", equalTo("EVENTS_EXPIRED")).body("detail", org.hamcrest.Matchers.containsString("fromSeq=3"));
        asAdmin().body(Map.of("fromSeq", 3, "toSeq", 9)).post(hook.path() + "/replay").then().statusCode(202);
    }

    @Test
    void the_log_and_the_actions_work_over_graphql_too() {
        String ws = aWorkspace();
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.*"));
        JsonPath pinged = graphQL("mutation($ws: String!, $id: ID!) { testWebhook(input: {workspace: $ws, id: $id})"
                + " { delivery { id eventType status messageId } } }", Map.of("ws", ws, "id", hook.id()));
        String deliveryId = pinged.getString("data.testWebhook.delivery.id");
        assertThat(pinged.getString("data.testWebhook.delivery.eventType")).isEqualTo("webhook.ping");
        eventually(SOON, "DELIVERED", () -> "DELIVERED".equals(hook.delivery(deliveryId).getString("status")));

        JsonPath log = graphQL("query($ws: String!) { workspace(idOrSlug: $ws) { webhooks { id deliveries(first: 5)"
                + " { edges { node { id status eventType attempts { statusCode latencyMs error } } } pageInfo"
                + " { hasNextPage } } } } }", Map.of("ws", ws));
        assertThat(log.getString("data.workspace.webhooks[0].deliveries.edges[0].node.status")).isEqualTo("DELIVERED");
        assertThat(log.getInt("data.workspace.webhooks[0].deliveries.edges[0].node.attempts[0].statusCode"))
                .isEqualTo(200);

        JsonPath again = graphQL("mutation($ws: String!, $hook: ID!, $id: ID!) { redeliverWebhookDelivery(input:"
                + " {workspace: $ws, webhookId: $hook, id: $id}) { delivery { id status } } }",
                Map.of("ws", ws, "hook", hook.id(), "id", deliveryId));
        assertThat(again.getString("data.redeliverWebhookDelivery.delivery.id")).isEqualTo(deliveryId);
        eventually(SOON, "sent again", () -> receiver.received().size() == 2);

        JsonPath reversed = graphQL("mutation($ws: String!, $id: ID!) { replayWebhook(input: {workspace: $ws, id: $id,"
                + " fromSeq: 9, toSeq: 3}) { queued } }", Map.of("ws", ws, "id", hook.id()));
        assertThat(reversed.getString("errors[0].extensions.code")).isEqualTo("REPLAY_RANGE_REVERSED");
        JsonPath replayed = graphQL("mutation($ws: String!, $id: ID!) { replayWebhook(input: {workspace: $ws, id: $id,"
                + " fromSeq: 1, toSeq: 3}) { fromSeq toSeq queued } }", Map.of("ws", ws, "id", hook.id()));
        assertThat(replayed.getInt("data.replayWebhook.queued")).isZero(); // a workspace's first events are not work items
    }

    private static JsonPath graphQL(String query, Map<String, Object> variables) {
        return asAdmin().body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200)
                .extract().jsonPath();
    }
}
