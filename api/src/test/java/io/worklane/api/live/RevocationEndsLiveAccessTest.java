package io.worklane.api.live;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQLSocket;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An API key that loses its access loses its live subscriptions too (issue #20 item 3): revoking it,
 * or rotating it past its overlap (3 s in tests), closes its open sockets with graphql-transport-ws's
 * 4403 and a reason, and its next request is refused. Closing follows the database's announcement of
 * the change (or the overlap's end); the waits below only bound a loaded machine.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RevocationEndsLiveAccessTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String EVENTS = "subscription { events { seq type } }";

    @Test
    void revokingAKeyClosesItsSubscriptionsWith4403() throws Exception {
        String ws = aWorkspace();
        Key key = aKeyOf(ws);
        try (GraphQLSocket socket = GraphQLSocket.withKey(key.secret())) {
            socket.subscribe("1", EVENTS, Map.of());
            awaitSubscribed(ws, socket);

            asAdmin().delete("/api/v1/workspaces/" + ws + "/api-keys/" + key.id()).then().statusCode(204);

            assertThat(socket.closedWithin(WAIT)).isEqualTo("4403 The API key was revoked.");
        }
        given().header("Authorization", "Bearer " + key.secret()).get("/api/v1/workspaces/" + ws).then().statusCode(401);
    }

    @Test
    void aRotatedKeyKeepsItsSubscriptionsUntilTheOverlapEndsThenLosesThem() throws Exception {
        String ws = aWorkspace();
        Key key = aKeyOf(ws);
        try (GraphQLSocket socket = GraphQLSocket.withKey(key.secret())) {
            socket.subscribe("1", EVENTS, Map.of());
            awaitSubscribed(ws, socket);

            asAdmin().post("/api/v1/workspaces/" + ws + "/api-keys/" + key.id() + "/rotate").then().statusCode(201);

            assertThat(socket.closedWithin(Duration.ofMillis(1500))).as("open during the overlap").isNull();
            assertThat(socket.closedWithin(WAIT)).isEqualTo(
                    "4403 The API key was rotated and its overlap with the new key has ended.");
        }
        given().header("Authorization", "Bearer " + key.secret()).get("/api/v1/workspaces/" + ws).then().statusCode(401);
    }

    @Test
    void anotherKeysRevocationLeavesASubscriptionOpen() throws Exception {
        String ws = aWorkspace();
        Key kept = aKeyOf(ws);
        Key revoked = aKeyOf(ws);
        try (GraphQLSocket socket = GraphQLSocket.withKey(kept.secret())) {
            socket.subscribe("1", EVENTS, Map.of());
            awaitSubscribed(ws, socket);

            asAdmin().delete("/api/v1/workspaces/" + ws + "/api-keys/" + revoked.id()).then().statusCode(204);

            JsonPath event = new JsonPath(socket.next(WAIT).encode());
            assertThat(event.getString("payload.data.events.type")).isEqualTo("api_key.revoked");
            assertThat(socket.closedWithin(Duration.ofMillis(500))).isNull();
        }
    }

    record Key(String id, String secret) {
    }

    static Key aKeyOf(String ws) {
        JsonPath created = asAdmin().body(Map.of("name", "Live app", "scopes", List.of("webhooks:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().jsonPath();
        return new Key(created.getString("id"), created.getString("secret"));
    }

    /** The subscription is live once an event made after it arrives (probes until one does). */
    static void awaitSubscribed(String ws, GraphQLSocket socket) throws InterruptedException {
        for (int probe = 0; probe < 20; probe++) {
            asAdmin().body(Map.of("key", "P" + probe, "name", "Probe", "kind", "PROJECT"))
                    .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
            if (socket.next(Duration.ofMillis(500)) != null) {
                while (socket.next(Duration.ofMillis(300)) != null) {
                    // the events of earlier probes
                }
                return;
            }
        }
        throw new AssertionError("the subscription never delivered an event");
    }
}
