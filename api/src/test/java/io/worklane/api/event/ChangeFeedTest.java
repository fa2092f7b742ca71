package io.worklane.api.event;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.application.event.EventRetention;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feed: every event once, in seq order, with no gap; and a clear 410 past the retention. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ChangeFeedTest {
    @Inject
    EventRetention retention;

    private static JsonPath graphQL(String query, Map<String, Object> variables) {
        return asAdmin().body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
    }

    private static String feed(String ws) {
        return "/api/v1/workspaces/" + ws + "/events";
    }

    @Test
    void a_consumer_pages_through_every_event_in_order_without_gaps() {
        String ws = aWorkspace();
        aProject(ws, "CF");
        aWorkItem(ws, "CF", "One");
        aWorkItem(ws, "CF", "Two");
        asAdmin().body(Map.of("to", "in_progress")).post("/api/v1/workspaces/" + ws + "/work-items/CF-1/transitions")
                .then().statusCode(200);

        List<Long> seqs = new ArrayList<>();
        List<String> types = new ArrayList<>();
        long after = 0;
        boolean more = true;
        while (more) {
            JsonPath page = asAdmin().queryParam("afterSeq", after).queryParam("limit", 2).get(feed(ws)).then()
                    .statusCode(200).extract().jsonPath();
            seqs.addAll(page.getList("items.seq", Long.class));
            types.addAll(page.getList("items.type", String.class));
            after = page.getLong("nextAfterSeq");
            more = page.getBoolean("hasMore");
        }
        assertThat(seqs).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(types).containsExactly("workspace.created", "project.created", "work_item.created",
                "work_item.created", "work_item.transitioned");
        asAdmin().queryParam("afterSeq", 4).get(feed(ws)).then()
                .body("items[0].data.status", equalTo("in_progress")).body("items[0].data.from", equalTo("todo"))
                .body("items[0].previous.status", equalTo("todo")).body("items[0].actor.kind", equalTo("API_KEY"))
                .body("nextAfterSeq", equalTo(5)).body("hasMore", equalTo(false));
        asAdmin().queryParam("afterSeq", 5).get(feed(ws)).then().body("items.size()", equalTo(0))
                .body("nextAfterSeq", equalTo(5));
        asAdmin().queryParam("afterSeq", -1).get(feed(ws)).then().statusCode(400);
    }

    @Test
    void graphql_reads_the_same_feed() {
        String ws = aWorkspace();
        aProject(ws, "GF");
        JsonPath page = graphQL("query($ws: String!) { workspace(idOrSlug: $ws) { events(afterSeq: 0, first: 1) {"
                + " events { seq type actor { kind } data } nextAfterSeq hasMore } } }", Map.of("ws", ws));
        assertThat(page.getList("data.workspace.events.events.type", String.class)).containsExactly("workspace.created");
        assertThat(page.getBoolean("data.workspace.events.hasMore")).isTrue();
        assertThat(page.getLong("data.workspace.events.nextAfterSeq")).isEqualTo(1L);
    }

    @Test
    void events_past_the_retention_are_gone_and_the_feed_says_so_instead_of_skipping() {
        String ws = aWorkspace();
        aProject(ws, "RT");
        assertThat(retention.purge(Instant.now().plus(Duration.ofDays(31))).await().indefinitely()).isPositive();

        asAdmin().queryParam("afterSeq", 0).get(feed(ws)).then().statusCode(410)
                .body("code", equalTo("EVENTS_EXPIRED")).body("detail", org.hamcrest.Matchers.containsString("afterSeq=2"));
        aWorkItem(ws, "RT", "After the purge");
        asAdmin().queryParam("afterSeq", 2).get(feed(ws)).then().statusCode(200)
                .body("items.seq", org.hamcrest.Matchers.contains(3)).body("items.type",
                        org.hamcrest.Matchers.contains("work_item.created"));
    }

    @Test
    void reading_the_feed_needs_webhooks_read() {
        String ws = aWorkspace();
        String narrow = asAdmin().body(Map.of("name", "Narrow", "scopes", List.of("work_items:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        String wide = asAdmin().body(Map.of("name", "Feed reader", "scopes", List.of("webhooks:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + narrow).get(feed(ws)).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().header("Authorization", "Bearer " + wide).get(feed(ws)).then().statusCode(200);
    }

    @Test
    void retention_keeps_the_events_an_active_subscription_has_not_fanned_out() {
        // the delivery worker is off in this profile: the subscription's cursor stays where it was created
        String ws = aWorkspace();
        aProject(ws, "KP");
        String hook = asAdmin().body(Map.of("url", "https://example.com/kept", "eventTypes", List.of("work_item.*")))
                .post("/api/v1/workspaces/" + ws + "/webhooks").then().statusCode(201).extract().path("id");
        aWorkItem(ws, "KP", "Not yet sent");
        retention.purge(Instant.now().plus(Duration.ofDays(31))).await().indefinitely();

        // seqs 1 (workspace) and 2 (project) were fanned out before the subscription existed: purged
        asAdmin().queryParam("afterSeq", 0).get(feed(ws)).then().statusCode(410);
        asAdmin().queryParam("afterSeq", 2).get(feed(ws)).then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.contains("webhook.created", "work_item.created"));

        // once it no longer holds them (disabled), they go too
        asAdmin().contentType("application/merge-patch+json").body(Map.of("status", "DISABLED"))
                .patch("/api/v1/workspaces/" + ws + "/webhooks/" + hook).then().statusCode(200);
        retention.purge(Instant.now().plus(Duration.ofDays(31))).await().indefinitely();
        asAdmin().queryParam("afterSeq", 2).get(feed(ws)).then().statusCode(410);
    }
}
