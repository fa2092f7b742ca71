package io.worklane.api.limits;

import static io.worklane.api.limits.Clients.aFreshAddress;
import static io.worklane.api.limits.Clients.aFreshKey;
import static io.worklane.api.limits.Clients.from;
import static io.worklane.api.limits.LowLimitsProfile.APP;
import static io.worklane.api.limits.LowLimitsProfile.DEV_SERVER;
import static io.worklane.api.limits.LowLimitsProfile.PER_MINUTE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKeys;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With WORKLANE_CORS_ORIGINS set (LowLimitsProfile), front ends on those origins may call the API. */
@QuarkusTest
@TestProfile(LowLimitsProfile.class)
@WithTestResource(PostgresResource.class)
class CorsTest {
    @Inject
    ApiKeys apiKeys;

    private static RequestSpecification preflight(String address, String origin, String method) {
        return from(address).header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAKey() {
        preflight(aFreshAddress(), APP, "POST").options("/api/v1/workspaces/acme/work-items").then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE, OPTIONS")
                .header("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key, If-Match")
                .header("Access-Control-Max-Age", "7200")
                .header("Vary", containsString("Origin"));
        preflight(aFreshAddress(), DEV_SERVER, "POST").options("/graphql").then().statusCode(204)
                .header("Access-Control-Allow-Origin", DEV_SERVER);
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefused() {
        preflight(aFreshAddress(), "https://evil.example", "DELETE").options("/api/v1/workspaces/acme").then()
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"))
                .header("Access-Control-Allow-Origin", nullValue());
        preflight(aFreshAddress(), "https://app.example.com.evil.example", "GET").options("/api/v1/workspaces")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void preflightsAreNotRateLimited() {
        String address = aFreshAddress();
        for (int i = 0; i < PER_MINUTE * 2; i++) {
            preflight(address, APP, "GET").options("/api/v1/workspaces").then().statusCode(204)
                    .header("RateLimit-Limit", nullValue());
        }
        from(address).get("/q/openapi").then().statusCode(200).header("RateLimit-Remaining", "4");
    }

    @Test
    void anAllowedOriginMayReadResponsesAndTheirHeaders() {
        from(aFreshAddress(), aFreshKey(apiKeys)).header("Origin", APP).get("/api/v1/workspaces").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("RateLimit-Remaining"), containsString("RateLimit-Reset"),
                        containsString("Retry-After")))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void refusalsReachAnAllowedOriginToo() {
        String address = aFreshAddress();
        from(address, "wl_not_a_key").header("Origin", APP).get("/api/v1/workspaces").then().statusCode(401)
                .header("Access-Control-Allow-Origin", APP).header("RateLimit-Remaining", "4");
        String key = aFreshKey(apiKeys);
        for (int i = 0; i < PER_MINUTE; i++) {
            from(address, key).get("/api/v1/workspaces").then().statusCode(200);
        }
        from(address, key).header("Origin", APP).get("/api/v1/workspaces").then().statusCode(429)
                .header("Access-Control-Allow-Origin", APP);
    }

    @Test
    void aBodyRefusedBeforeAnythingElseIsReadableToo() {
        String huge = "{\"name\":\"" + "y".repeat(1_100_000) + "\"}";
        from(aFreshAddress(), aFreshKey(apiKeys)).header("Origin", APP).body(huge).post("/api/v1/workspaces").then()
                .statusCode(413).header("Access-Control-Allow-Origin", APP);
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        from(aFreshAddress(), aFreshKey(apiKeys)).header("Origin", "https://evil.example").get("/api/v1/workspaces")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
    }
}
