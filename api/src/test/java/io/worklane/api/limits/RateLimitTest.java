package io.worklane.api.limits;

import static io.worklane.api.limits.Clients.aFreshAddress;
import static io.worklane.api.limits.Clients.aFreshKey;
import static io.worklane.api.limits.Clients.from;
import static io.worklane.api.limits.Clients.graphQL;
import static io.worklane.api.limits.LowLimitsProfile.PER_MINUTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKeys;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Five requests a minute per credential (LowLimitsProfile), REST and GraphQL alike, told on every response. */
@QuarkusTest
@TestProfile(LowLimitsProfile.class)
@WithTestResource(PostgresResource.class)
class RateLimitTest {
    @Inject
    ApiKeys apiKeys;

    @Test
    void aKeyMayMakeItsRequestsThenGets429WithRetryAfter() {
        String key = aFreshKey(apiKeys);
        String address = aFreshAddress();

        for (int remaining = PER_MINUTE - 1; remaining >= 0; remaining--) {
            from(address, key).get("/api/v1/workspaces").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", Integer.toString(remaining));
        }
        Response refused = from(address, key).get("/api/v1/workspaces");

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED")).body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/workspaces"))
                .header("RateLimit-Limit", "5").header("RateLimit-Remaining", "0");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 12);
        assertThat(Integer.parseInt(refused.header("RateLimit-Reset"))).isBetween(49, 60);
        assertThat(refused.jsonPath().getString("detail")).contains("this API key").contains("at most 5 a minute");
    }

    @Test
    void calendarFeedsAreLimitedPerAddressLikeEveryRequestWithoutACredential() {
        String address = aFreshAddress();
        String guess = "/api/v1/calendar/wlcal_" + "G".repeat(40) + ".ics";
        for (int remaining = PER_MINUTE - 1; remaining >= 0; remaining--) {
            from(address).get(guess).then().statusCode(404).header("RateLimit-Remaining", Integer.toString(remaining));
        }
        from(address).get(guess).then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void everyKeyHasItsOwnBucket() {
        String address = aFreshAddress();
        String busy = aFreshKey(apiKeys);
        for (int i = 0; i < PER_MINUTE; i++) {
            from(address, busy).get("/api/v1/workspaces").then().statusCode(200);
        }
        from(address, busy).get("/api/v1/workspaces").then().statusCode(429);

        from(address, aFreshKey(apiKeys)).get("/api/v1/workspaces").then().statusCode(200)
                .header("RateLimit-Remaining", "4");
    }

    @Test
    void graphQLRequestsCountAgainstTheSameBucket() {
        String key = aFreshKey(apiKeys);
        String address = aFreshAddress();
        for (int i = 0; i < 3; i++) {
            from(address, key).get("/api/v1/workspaces").then().statusCode(200);
        }

        from(address, key).body(graphQL("{ workspaces { edges { cursor } } }")).post("/graphql").then()
                .statusCode(200).header("RateLimit-Remaining", "1").body("extensions.cost.limit", equalTo(100_000));
        from(address, key).body(graphQL("{ noSuchField }")).post("/graphql").then()
                .statusCode(200).header("RateLimit-Remaining", "0");
        from(address, key).body(graphQL("{ workspaces { edges { cursor } } }")).post("/graphql").then()
                .statusCode(429).contentType("application/problem+json").body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void errorsCarryTheHeadersToo() {
        String key = aFreshKey(apiKeys);
        String address = aFreshAddress();

        from(address, key).get("/api/v1/no-such-route").then().statusCode(404).header("RateLimit-Remaining", "4");
        from(address, key).body("{not json").post("/api/v1/workspaces").then().statusCode(400)
                .header("RateLimit-Remaining", "3");
        from(address).get("/api/v1/workspaces").then().statusCode(401).header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "4");
    }

    @Test
    void aBodyRefusedBeforeAuthenticationCarriesTheAddresssHeaders() {
        String huge = "{\"name\":\"" + "y".repeat(1_100_000) + "\"}";
        from(aFreshAddress(), aFreshKey(apiKeys)).body(huge).post("/api/v1/workspaces").then().statusCode(413)
                .contentType("application/problem+json").header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "5");
    }

    @Test
    void unknownKeysAreChargedToTheAddressWhichIsThenShutOut() {
        String address = aFreshAddress();
        String valid = aFreshKey(apiKeys);

        for (int remaining = PER_MINUTE - 1; remaining >= 0; remaining--) {
            from(address, "wl_guessed_key_" + remaining).get("/api/v1/workspaces").then().statusCode(401)
                    .contentType("application/problem+json").header("RateLimit-Remaining", Integer.toString(remaining));
        }

        from(address, "wl_one_more_guess").get("/api/v1/workspaces").then().statusCode(429)
                .body("code", equalTo("RATE_LIMITED"))
                .body("detail", org.hamcrest.Matchers.containsString("unauthenticated requests from this address"));
        // even a valid key: otherwise a guess would learn from 429 versus 200 which key is right
        from(address, valid).get("/api/v1/workspaces").then().statusCode(429);
        from(aFreshAddress(), valid).get("/api/v1/workspaces").then().statusCode(200);
    }

    @Test
    void anonymousRequestsAreLimitedPerAddress() {
        String address = aFreshAddress();
        for (int i = 0; i < PER_MINUTE; i++) {
            from(address).get("/q/openapi").then().statusCode(200).header("RateLimit-Limit", "5");
        }

        from(address).get("/q/openapi").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        from(aFreshAddress()).get("/q/openapi").then().statusCode(200);
    }

    @Test
    void healthChecksAndTheConsolesFilesAreNeverLimited() {
        String address = aFreshAddress();
        for (int i = 0; i < PER_MINUTE * 3; i++) {
            from(address).get("/q/health/live").then().statusCode(200).header("RateLimit-Limit", nullValue());
            from(address).get("/q/swagger-ui/index.html").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
        from(address).get("/q/health").then().statusCode(200);
        from(address).get("/q/openapi").then().statusCode(200).header("RateLimit-Remaining", "4");
    }

    @Test
    void keysGuessedOnTheHealthEndpointAreChargedLikeAnywhereElse() {
        String address = aFreshAddress();
        for (int remaining = PER_MINUTE - 1; remaining >= 0; remaining--) {
            from(address, "wl_guess_" + remaining).get("/q/health/live").then().statusCode(401)
                    .header("RateLimit-Remaining", Integer.toString(remaining));
        }

        from(address, "wl_guess").get("/q/health/live").then().statusCode(429);
        // probes send no key: they still pass
        from(address).get("/q/health/live").then().statusCode(200);
    }
}
