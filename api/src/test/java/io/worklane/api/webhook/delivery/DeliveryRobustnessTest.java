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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Receivers that hang or answer too much, payloads too big, and which events a subscription gets. */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class DeliveryRobustnessTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private final Receiver receiver = new Receiver();
    private final Receiver hanging = new Receiver().answering(n -> Answer.ok().after(Duration.ofSeconds(30)));

    @AfterEach
    void stop() {
        receiver.close();
        hanging.close();
    }

    @Test
    void a_hanging_receiver_times_out_without_holding_up_another_subscription() {
        String ws = aWorkspace();
        aProject(ws, "HG");
        var stuck = aHook(ws, hanging.url("/slow"), List.of("work_item.created"));
        aHook(ws, receiver.url("/fast"), List.of("work_item.created"));
        long start = System.nanoTime();
        aWorkItem(ws, "HG", "Both get it");

        eventually(SOON, "the healthy receiver served", () -> receiver.received().size() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));
        // the test timeout is 2 s: the stuck one's first attempt ends with an error, not a response
        eventually(SOON, "the stuck attempt timed out", () -> stuck.deliveries().getList("items[0].attempts").size() >= 1);
        JsonPath log = stuck.deliveries();
        assertThat(log.getString("items[0].attempts[0].error")).contains("no response within 2 s");
        assertThat(log.getString("items[0].attempts[0].statusCode")).isNull();
        assertThat(log.getInt("items[0].attempts[0].latencyMs")).isBetween(1900, 4000);
    }

    @Test
    void a_huge_response_body_is_read_only_in_part_and_kept_truncated() {
        byte[] huge = new byte[5 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        receiver.answering(n -> Answer.ok().body(huge));
        String ws = aWorkspace();
        aProject(ws, "HB");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "HB", "Chatty receiver");

        eventually(SOON, "DELIVERED", () -> "DELIVERED".equals(hook.deliveries().getString("items[0].status")));
        String kept = hook.deliveries().getString("items[0].attempts[0].responseBody");
        assertThat(kept).hasSize(1025).startsWith("xxxx").endsWith("…");
    }

    @Test
    void a_payload_above_the_cap_is_sent_thin_with_a_link_to_the_event() {
        String ws = aWorkspace();
        aProject(ws, "TH");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        String description = "d".repeat(6000); // the profile's cap is 4096 bytes
        String itemId = asAdmin().body(Map.of("project", "TH", "title", "Long one", "description", description))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).extract().path("id");

        eventually(SOON, "delivered", () -> receiver.received().size() == 1);
        var got = receiver.received().get(0);
        assertThat(got.signedWith(hook.secret())).isTrue();
        JsonPath thin = JsonPath.from(got.body());
        assertThat(thin.getBoolean("thin")).isTrue();
        assertThat(thin.getString("type")).isEqualTo("work_item.created");
        assertThat(thin.getString("subjectId")).isEqualTo(itemId);
        assertThat(thin.getString("id")).isEqualTo(got.header("webhook-id"));
        assertThat(got.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(1000);
        String link = thin.getString("link");
        assertThat(asAdmin().get(link).then().statusCode(200).extract().jsonPath().getString("items[0].data.id"))
                .isEqualTo(itemId);
    }

    @Test
    void only_the_wanted_types_of_the_chosen_project_are_delivered() {
        String ws = aWorkspace();
        aProject(ws, "AA");
        aProject(ws, "BB");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created", "comment.*"), "AA");
        String inA = aWorkItem(ws, "AA", "In A").extract().path("key");
        aWorkItem(ws, "BB", "In B");
        asAdmin().body(Map.of("body", "A remark")).post("/api/v1/workspaces/" + ws + "/work-items/" + inA
                + "/comments").then().statusCode(201);
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("title", "Renamed")).patch("/api/v1/workspaces/" + ws + "/work-items/" + inA)
                .then().statusCode(200);

        eventually(SOON, "two deliveries", () -> receiver.received().size() >= 2);
        DeliveryTest.sleep(800);
        assertThat(receiver.received()).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactly("work_item.created", "comment.created");
        assertThat(receiver.received()).allMatch(r -> r.signedWith(hook.secret()));
    }
}
