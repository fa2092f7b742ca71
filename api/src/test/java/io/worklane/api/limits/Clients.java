package io.worklane.api.limits;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixture: callers with their own address (X-Forwarded-For) and, when needed, their own key. */
final class Clients {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private Clients() {
    }

    /** A client address no other test uses. */
    static String aFreshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A new instance-administrator key, so its bucket is full; stored directly, costing no request. */
    static String aFreshKey(ApiKeys apiKeys) {
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(new ApiKey(Ids.newId(), null, "limits test", secret.displayPrefix(), secret.hash(),
                Set.of("admin"), true, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null)).await().indefinitely();
        return secret.value();
    }

    static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON);
    }

    static RequestSpecification from(String address, String key) {
        return from(address).header("Authorization", "Bearer " + key);
    }

    static String graphQL(String query) {
        return "{\"query\": \"" + query.replace("\"", "\\\"") + "\"}";
    }
}
