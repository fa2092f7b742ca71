package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.aHook;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.webhook.delivery.Receiver.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries over real HTTP to a receiver on localhost that checks every signature: a change arrives
 * within moments, failures are retried under the same webhook-id, 3xx is not followed, 410 disables,
 * Retry-After is honoured. The schedule of the tests is 0s, 300ms, 300ms.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class DeliveryTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private final Receiver receiver = new Receiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void a_work_item_change_reaches_the_receiver_signed_within_moments() {
        String ws = aWorkspace();
        aProject(ws, "DL");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.*"));
        String itemId = aWorkItem(ws, "DL", "Ship it").extract().path("id");

        eventually(SOON, "the creation delivered", () -> receiver.received().size() == 1);
        var got = receiver.received().get(0);
        assertThat(got.signedWith(hook.secret())).isTrue();
        assertThat(got.header("content-type")).startsWith("application/json");
        JsonPath body = JsonPath.from(got.body());
        assertThat(body.getString("type")).isEqualTo("work_item.created");
        assertThat(body.getString("data.id")).isEqualTo(itemId);
        assertThat(body.getLong("seq")).isPositive();
        assertThat(body.getString("timestamp")).isNotBlank();
        assertThat(body.getString("workspaceId")).isNotBlank();
        JsonPath feed = asAdmin().get("/api/v1/workspaces/" + ws + "/events?afterSeq=" + (body.getLong("seq") - 1)
                + "&limit=1").then().statusCode(200).extract().jsonPath();
        assertThat(got.header("webhook-id")).isEqualTo("msg_" + feed.getString("items[0].id").replace("-", ""));

        eventually(SOON, "the log says DELIVERED", () -> "DELIVERED".equals(hook.deliveries().getString("items[0].status")));
        JsonPath log = hook.deliveries();
        assertThat(log.getList("items")).hasSize(1);
        assertThat(log.getString("items[0].messageId")).isEqualTo(got.header("webhook-id"));
        assertThat(log.getInt("items[0].attempts[0].statusCode")).isEqualTo(200);
        assertThat(log.getString("items[0].attempts[0].responseBody")).isEqualTo("ok");
        assertThat(log.getString("items[0].attempts[0].error")).isNull();
    }

    @Test
    void a_500_is_retried_under_the_same_webhook_id_until_it_succeeds() {
        receiver.answering(n -> n <= 2 ? Answer.status(500) : Answer.ok());
        String ws = aWorkspace();
        aProject(ws, "RT");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "RT", "Flaky receiver");

        eventually(SOON, "three attempts", () -> receiver.received().size() == 3);
        assertThat(receiver.received()).extracting(r -> r.header("webhook-id")).containsOnly(
                receiver.received().get(0).header("webhook-id"));
        assertThat(receiver.received()).allMatch(r -> r.signedWith(hook.secret()));
        eventually(SOON, "DELIVERED", () -> "DELIVERED".equals(hook.deliveries().getString("items[0].status")));
        assertThat(hook.deliveries().getList("items[0].attempts.statusCode")).containsExactly(500, 500, 200);
    }

    @Test
    void a_redirect_is_a_failure_and_is_not_followed() {
        receiver.answering(n -> Answer.status(302).with("Location", receiver.url("/elsewhere")));
        String ws = aWorkspace();
        aProject(ws, "RD");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "RD", "Moved receiver");

        eventually(SOON, "FAILED after the schedule", () -> "FAILED".equals(hook.deliveries().getString("items[0].status")));
        assertThat(receiver.received()).hasSize(3).allMatch(r -> r.path().equals("/hooks"));
        assertThat(hook.deliveries().getString("items[0].attempts[0].error")).contains("redirects are not followed");
    }

    @Test
    void a_410_disables_the_subscription_and_an_event_says_why() {
        receiver.answering(n -> Answer.status(410));
        String ws = aWorkspace();
        aProject(ws, "GO");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "GO", "Gone receiver");

        eventually(SOON, "disabled", () -> "DISABLED".equals(asAdmin().get(hook.path()).then().extract().path("status")));
        assertThat(receiver.received()).hasSize(1);
        assertThat(hook.deliveries().getString("items[0].status")).isEqualTo("FAILED");
        JsonPath feed = asAdmin().get("/api/v1/workspaces/" + ws + "/events?limit=100").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> disabled = feed.getList("items.findAll { it.type == 'webhook.disabled' }");
        assertThat(disabled).hasSize(1);
        assertThat(feed.getString("items.find { it.type == 'webhook.disabled' }.data.reason")).contains("410");

        aWorkItem(ws, "GO", "Not sent: disabled");
        sleep(1000);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void a_429_with_retry_after_waits_as_long_as_the_receiver_asked() {
        receiver.answering(n -> n == 1 ? Answer.status(429).with("Retry-After", "2") : Answer.ok());
        String ws = aWorkspace();
        aProject(ws, "TM");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "TM", "Busy receiver");

        eventually(SOON, "two attempts", () -> receiver.received().size() == 2);
        var attempts = receiver.received();
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(1900));
        assertThat(attempts.get(1).header("webhook-id")).isEqualTo(attempts.get(0).header("webhook-id"));
        eventually(SOON, "DELIVERED", () -> "DELIVERED".equals(hook.deliveries().getString("items[0].status")));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
