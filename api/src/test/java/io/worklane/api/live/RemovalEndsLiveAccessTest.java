package io.worklane.api.live;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.worklane.api.signin.SignInProfile;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.GraphQLSocket;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A signed-in person who is removed from a workspace, or given a role that no longer allows what a
 * subscription follows, loses that subscription (issue #20 item 3): the socket closes with 4403 and a
 * reason, and the next request is refused as the role now says.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(SignInProfile.class)
class RemovalEndsLiveAccessTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String EVENTS = "subscription($ws: String) { events(workspace: $ws) { seq type } }";

    @Test
    void removingAMemberClosesTheirSubscriptionsWith4403() throws Exception {
        String ws = aWorkspace();
        String email = "live-" + UUID.randomUUID() + "@example.com";
        String memberId = aMember(ws, email, "MEMBER");
        String token = Tokens.of("subject-" + UUID.randomUUID(), email, true);
        try (GraphQLSocket socket = GraphQLSocket.withKey(token)) {
            socket.subscribe("1", EVENTS, Map.of("ws", ws));
            RevocationEndsLiveAccessTest.awaitSubscribed(ws, socket);

            asAdmin().delete("/api/v1/workspaces/" + ws + "/members/" + memberId).then().statusCode(204);

            assertThat(socket.closedWithin(WAIT)).isEqualTo("4403 You are no longer a member of this workspace.");
        }
        given().header("Authorization", "Bearer " + token).get("/api/v1/workspaces/" + ws).then().statusCode(404);
    }

    @Test
    void aRoleThatNoLongerAllowsTheSubscriptionClosesIt() throws Exception {
        String ws = aWorkspace();
        String email = "live-" + UUID.randomUUID() + "@example.com";
        String memberId = aMember(ws, email, "MEMBER");
        String token = Tokens.of("subject-" + UUID.randomUUID(), email, true);
        try (GraphQLSocket socket = GraphQLSocket.withKey(token)) {
            socket.subscribe("1", EVENTS, Map.of("ws", ws));
            RevocationEndsLiveAccessTest.awaitSubscribed(ws, socket);

            asAdmin().contentType("application/merge-patch+json").body(Map.of("role", "VIEWER"))
                    .patch("/api/v1/workspaces/" + ws + "/members/" + memberId).then().statusCode(200);

            assertThat(socket.closedWithin(WAIT))
                    .isEqualTo("4403 Your role VIEWER no longer allows this subscription (it needs 'webhooks:read').");
        }
        given().header("Authorization", "Bearer " + token).get("/api/v1/workspaces/" + ws + "/events")
                .then().statusCode(403);
    }

    @Test
    void aRoleChangeThatKeepsTheScopeLeavesTheSubscriptionOpen() throws Exception {
        String ws = aWorkspace();
        String email = "live-" + UUID.randomUUID() + "@example.com";
        String memberId = aMember(ws, email, "MEMBER");
        String token = Tokens.of("subject-" + UUID.randomUUID(), email, true);
        try (GraphQLSocket socket = GraphQLSocket.withKey(token)) {
            socket.subscribe("1", EVENTS, Map.of("ws", ws));
            RevocationEndsLiveAccessTest.awaitSubscribed(ws, socket);

            asAdmin().contentType("application/merge-patch+json").body(Map.of("role", "ADMIN"))
                    .patch("/api/v1/workspaces/" + ws + "/members/" + memberId).then().statusCode(200);

            assertThat(socket.next(WAIT).encode()).contains("member.updated");
            assertThat(socket.closedWithin(Duration.ofMillis(500))).isNull();
        }
    }

    private static String aMember(String ws, String email, String role) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("email", email, "role", role))
                .post("/api/v1/workspaces/" + ws + "/members").then().statusCode(201).extract().path("id");
    }
}
