package io.worklane.api.live;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.GraphQLSocket;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A live subscription follows the subscriber's sight of private projects as it changes (ADR 0085): removed from a
 * PRIVATE project, a member stops receiving its events; a project made PRIVATE stops showing to a non-member; added
 * to one, a member starts receiving it — all without resubscribing. Each step ends with an event of an open
 * project (a marker): what came before it is all the subscriber was sent.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LiveSightFollowsMembershipTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String EVENTS = "subscription($ws: String) { events(workspace: $ws) { seq type data } }";
    private static final String ITEMS = "subscription($ws: String, $p: String!) { workItemChanged(workspace: $ws,"
            + " projectKey: $p) { seq type data } }";
    private int markers;

    @Test
    void aSubscriptionStopsAndStartsShowingAPrivateProjectAsMembershipAndVisibilityChange() throws Exception {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        String email = "sight-" + UUID.randomUUID() + "@example.com";
        String mate = asAdmin().contentType(ContentType.JSON).body(Map.of("email", email, "role", "MEMBER"))
                .post(base + "/members").then().statusCode(201).extract().path("id");
        String token = Tokens.of("subject-" + UUID.randomUUID(), email, true);
        asAdmin().body(Map.of("key", "LP", "name", "Locked", "visibility", "PRIVATE")).post(base + "/projects").then()
                .statusCode(201);
        asAdmin().body(Map.of("key", "VIS", "name", "Visible for now")).post(base + "/projects").then()
                .statusCode(201);
        var membership = asAdmin().body(Map.of("member", mate, "projectRole", "CONTRIBUTOR"))
                .post(base + "/projects/LP/members").then().statusCode(201).extract();

        try (GraphQLSocket events = GraphQLSocket.withKey(token); GraphQLSocket items = GraphQLSocket.withKey(token)) {
            events.subscribe("1", EVENTS, Map.of("ws", ws));
            RevocationEndsLiveAccessTest.awaitSubscribed(ws, events);
            items.subscribe("2", ITEMS, Map.of("ws", ws, "p", "LP"));
            Thread.sleep(500); // no probe reaches a one-project subscription: give it the time to start

            item(base, "LP", "Seen while a member");
            item(base, "VIS", "Seen while open");
            assertThat(untilMarker(base, events)).contains("work_item.created LP-1", "work_item.created VIS-1");
            assertThat(keys(items, 1)).containsExactly("work_item.created LP-1");

            // removed from LP, VIS made PRIVATE: neither shows any more
            asAdmin().header("If-Match", membership.header("ETag"))
                    .delete(base + "/projects/LP/members/" + membership.path("id")).then().statusCode(204);
            asAdmin().contentType("application/merge-patch+json").body(Map.of("visibility", "PRIVATE"))
                    .patch(base + "/projects/VIS").then().statusCode(200);
            item(base, "LP", "Hidden now");
            item(base, "VIS", "Hidden too");
            List<String> after = untilMarker(base, events);
            assertThat(after).noneMatch(e -> e.contains("LP-2") || e.contains("VIS-2"));
            assertThat(items.next(Duration.ofMillis(700))).isNull();

            // added to VIS: its events show again
            asAdmin().body(Map.of("member", mate, "projectRole", "STAKEHOLDER")).post(base + "/projects/VIS/members")
                    .then().statusCode(201);
            item(base, "VIS", "Seen as a stakeholder");
            assertThat(untilMarker(base, events)).contains("work_item.created VIS-3");
        }
    }

    private static void item(String base, String project, String title) {
        asAdmin().body(Map.of("project", project, "title", title)).post(base + "/work-items").then().statusCode(201);
    }

    /** The events received until the marker (an open project created now) arrives, as "type key". */
    private List<String> untilMarker(String base, GraphQLSocket socket) throws InterruptedException {
        String marker = "MK" + (++markers);
        asAdmin().body(Map.of("key", marker, "name", "Marker")).post(base + "/projects").then().statusCode(201);
        List<String> seen = new ArrayList<>();
        while (true) {
            JsonObject m = socket.next(WAIT);
            assertThat(m).as("the marker " + marker + " after " + seen).isNotNull();
            String line = describe(m);
            if (line.equals("project.created " + marker)) {
                return seen;
            }
            seen.add(line);
        }
    }

    private static List<String> keys(GraphQLSocket socket, int count) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonObject m = socket.next(WAIT);
            assertThat(m).as("message " + (i + 1)).isNotNull();
            seen.add(describe(m));
        }
        return seen;
    }

    private static String describe(JsonObject message) {
        JsonObject data = message.getJsonObject("payload").getJsonObject("data");
        JsonObject event = data.getJsonObject(data.fieldNames().iterator().next());
        JsonObject fields = event.getValue("data") instanceof JsonObject o ? o
                : new JsonObject(String.valueOf(event.getValue("data")));
        return event.getString("type") + " " + fields.getString("key");
    }
}
