package io.worklane.api.live;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
class RemovalEndsLiveAccessTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String EVENTS = "subscription($ws: String) { events(workspace: $ws) { seq type } }";

    @Test
    void removingAMemberClosesTheirSubscriptionsWith4403() throws Exception {
        Subscriber member = Subscriber.aMemberOfANewWorkspace();
        try (GraphQLSocket socket = member.followingEvents()) {
            asAdmin().delete(member.path()).then().statusCode(204);

            assertThat(socket.closedWithin(WAIT)).isEqualTo("4403 You are no longer a member of this workspace.");
        }
        member.asThem().get("/api/v1/workspaces/" + member.ws()).then().statusCode(404);
    }

    @Test
    void aRoleThatNoLongerAllowsTheSubscriptionClosesIt() throws Exception {
        Subscriber member = Subscriber.aMemberOfANewWorkspace();
        try (GraphQLSocket socket = member.followingEvents()) {
            member.nowHasRole("VIEWER");

            assertThat(socket.closedWithin(WAIT))
                    .isEqualTo("4403 Your role VIEWER no longer allows this subscription (it needs 'webhooks:read').");
        }
        member.asThem().get("/api/v1/workspaces/" + member.ws() + "/events").then().statusCode(403);
    }

    @Test
    void aRoleChangeThatKeepsTheScopeLeavesTheSubscriptionOpen() throws Exception {
        Subscriber member = Subscriber.aMemberOfANewWorkspace();
        try (GraphQLSocket socket = member.followingEvents()) {
            member.nowHasRole("ADMIN");

            assertThat(socket.next(WAIT).encode()).contains("member.updated");
            assertThat(socket.closedWithin(Duration.ofMillis(500))).isNull();
        }
    }

    /** A signed-in MEMBER of a fresh workspace, who follows its events over a GraphQL socket. */
    private record Subscriber(String ws, String memberId, String token) {
        static Subscriber aMemberOfANewWorkspace() {
            String ws = aWorkspace();
            String email = "live-" + UUID.randomUUID() + "@example.com";
            String memberId = asAdmin().contentType(ContentType.JSON).body(Map.of("email", email, "role", "MEMBER"))
                    .post("/api/v1/workspaces/" + ws + "/members").then().statusCode(201).extract().path("id");
            return new Subscriber(ws, memberId, Tokens.of("subject-" + UUID.randomUUID(), email, true));
        }

        GraphQLSocket followingEvents() throws Exception {
            GraphQLSocket socket = GraphQLSocket.withKey(token);
            socket.subscribe("1", EVENTS, Map.of("ws", ws));
            RevocationEndsLiveAccessTest.awaitSubscribed(ws, socket);
            return socket;
        }

        void nowHasRole(String role) {
            asAdmin().contentType("application/merge-patch+json").body(Map.of("role", role)).patch(path()).then()
                    .statusCode(200);
        }

        String path() {
            return "/api/v1/workspaces/" + ws + "/members/" + memberId;
        }

        RequestSpecification asThem() {
            return given().header("Authorization", "Bearer " + token);
        }
    }
}
