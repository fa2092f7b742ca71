package io.worklane.api.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Garbage in the Authorization header is a 4xx problem document, never a 5xx, on REST and GraphQL. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BadAuthorizationHeadersTest {
    private static final List<String> GARBAGE = List.of("", "Bearer", "Bearer ", "Bearer    ", "bearer wl_",
            "Bearer wl_", "Bearer wl_" + "a".repeat(600), "Bearer " + "x".repeat(10_000), "Bearer wl_\u00e9\u00e8",
            "Bearer wl_abc wl_def", "Bearer%20wl_abc", "Basic Og==", "Digest username=\"a\"", "Bearer {\"alg\":\"none\"}",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer \t wl_tab", "=?UTF-8?B?QmVhcmVy?=");

    @Test
    void garbageIs401ProblemJsonOnEveryEndpoint() {
        for (String header : GARBAGE) {
            for (String path : List.of("/api/v1/workspaces", "/graphql")) {
                Response response = given().header("Authorization", header).contentType("application/json")
                        .body("{\"query\": \"{ __typename }\"}").post(path);
                assertThat(response.statusCode()).as("%s on %s", header, path).isEqualTo(401);
                response.then().contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))
                        .header("RateLimit-Limit", "1000000");
            }
        }
    }

    @Test
    void repeatedHeadersAre401() {
        given().header("Authorization", "Bearer wl_one").header("Authorization", "Bearer wl_two")
                .get("/api/v1/workspaces").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    /** Headers past the HTTP layer's limit (quarkus.http.limits.max-header-size) are refused before any handler. */
    @Test
    void anOversizedHeaderIsA4xx() {
        // just past the 20 KiB default: a request far past it may still be being written when the server
        // answers and closes, and the client then sees a broken pipe instead of the answer
        Response response = given().header("Authorization", "Bearer wl_" + "a".repeat(21_000)).get("/api/v1/workspaces");

        assertThat(response.statusCode()).isBetween(400, 499);
    }
}
