package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription's filter (ADR 0051): only the work item events whose item matches are delivered, other
 * events as before; a replay decides the same way. An unfiltered subscription beside it receives
 * everything, so "not delivered" is checked once the fan-out is known to have passed those events.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class FilteredDeliveriesTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private final Receiver filtered = new Receiver();
    private final Receiver everything = new Receiver();

    @AfterEach
    void stop() {
        filtered.close();
        everything.close();
    }

    @Test
    void only_matching_work_item_events_are_delivered_and_a_replay_decides_the_same() {
        String ws = aWorkspace();
        aProject(ws, "FD");
        String hook = hook(ws, filtered.url("/f"), "priority IN (HIGH, URGENT) AND labels CONTAINS \"customer\"");
        hook(ws, everything.url("/all"), null);

        String a = item(ws, "Urgent for a customer", "URGENT", List.of("customer"));
        String b = item(ws, "Low for a customer", "LOW", List.of("customer"));
        item(ws, "High, internal", "HIGH", List.of("internal"));
        asAdmin().body(Map.of("priority", "HIGH")).patch(path(ws) + "/work-items/" + b).then().statusCode(200);
        asAdmin().body(Map.of("body", "A comment on an item the filter refuses"))
                .post(path(ws) + "/work-items/FD-3/comments").then().statusCode(201);

        eventually(SOON, "the unfiltered subscription has all five", () -> everything.received().size() == 5);
        eventually(SOON, "the filtered one has its three", () -> filtered.received().size() == 3);
        assertThat(filtered.received()).extracting(r -> JsonPath.from(r.body()).getString("type") + " "
                + JsonPath.from(r.body()).getString("data.key"))
                .containsExactly("work_item.created " + a, "work_item.updated " + b, "comment.created null");

        long last = JsonPath.from(everything.received().get(4).body()).getLong("seq");
        asAdmin().body(Map.of("fromSeq", 1, "toSeq", last)).post(path(ws) + "/webhooks/" + hook + "/replay")
                .then().statusCode(202).body("queued", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void a_filter_on_dates_and_custom_fields_reads_the_item_the_event_carries() {
        String ws = aWorkspace();
        aProject(ws, "FC");
        asAdmin().body(Map.of("key", "cost", "name", "Cost", "type", "NUMBER"))
                .post(path(ws) + "/projects/FC/custom-fields").then().statusCode(201);
        hook(ws, filtered.url("/f"), "customFields.cost > 100 OR dueDate < today");
        hook(ws, everything.url("/all"), null);

        asAdmin().body(Map.of("project", "FC", "title", "Dear", "customFields", Map.of("cost", 250)))
                .post(path(ws) + "/work-items").then().statusCode(201);
        asAdmin().body(Map.of("project", "FC", "title", "Cheap", "customFields", Map.of("cost", 50)))
                .post(path(ws) + "/work-items").then().statusCode(201);
        asAdmin().body(Map.of("project", "FC", "title", "Late", "dueDate", "2020-01-01"))
                .post(path(ws) + "/work-items").then().statusCode(201);

        eventually(SOON, "the unfiltered subscription has all three", () -> everything.received().size() == 3);
        eventually(SOON, "the filtered one has two", () -> filtered.received().size() == 2);
        assertThat(filtered.received()).extracting(r -> JsonPath.from(r.body()).getString("data.title"))
                .containsExactly("Dear", "Late");
    }

    private static String hook(String ws, String url, String filter) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url,
                "eventTypes", List.of("work_item.*", "comment.created")));
        if (filter != null) {
            body.put("filter", filter);
        }
        return asAdmin().body(body).post(path(ws) + "/webhooks").then().statusCode(201)
                .body("filter", org.hamcrest.Matchers.equalTo(filter)).extract().path("id");
    }

    private static String item(String ws, String title, String priority, List<String> labels) {
        return asAdmin().body(Map.of("project", "FD", "title", title, "priority", priority,
                "labels", labels)).post(path(ws) + "/work-items").then().statusCode(201).extract().path("key");
    }

    private static String path(String ws) {
        return "/api/v1/workspaces/" + ws;
    }
}
