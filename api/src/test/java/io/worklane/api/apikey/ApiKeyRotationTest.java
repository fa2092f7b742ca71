package io.worklane.api.apikey;

import static io.worklane.api.apikey.Keys.aKeyWith;
import static io.worklane.api.apikey.Keys.as;
import static io.worklane.api.apikey.Keys.keysOf;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rotation gives a key a new secret without downtime: the old one works on for the overlap (3 s in the
 * test profile, 24 h by default) and stops after it.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApiKeyRotationTest {
    private static final Duration TEST_OVERLAP = Duration.ofSeconds(3);

    @Inject
    Pool pool;

    @Test
    void theOldKeyWorksDuringTheOverlapAndStopsAfterIt() throws InterruptedException {
        String ws = aWorkspace();
        Keys.Issued old = aKeyWith(ws, "workspace:read", "projects:read");
        Instant before = Instant.now();

        ExtractableResponse<Response> rotated = asAdmin().post(keysOf(ws) + "/" + old.id() + "/rotate").then()
                .statusCode(201).body("secret", matchesPattern("wl_[0-9A-Za-z]{46}"))
                .body("rotatedFromId", equalTo(old.id())).body("name", equalTo("Partner app"))
                .body("scopes", equalTo(List.of("workspace:read", "projects:read")))
                .body("expiresAt", nullValue()).extract();
        Keys.Issued successor = new Keys.Issued(rotated.path("id"), rotated.path("secret"));
        assertThat(rotated.header("Location")).endsWith("/api-keys/" + successor.id());
        assertThat(successor.secret()).isNotEqualTo(old.secret());

        as(successor).get("/api/v1/workspaces/" + ws).then().statusCode(200);
        as(old).get("/api/v1/workspaces/" + ws).then().statusCode(200);
        Instant oldExpiry = Instant.parse(asAdmin().get(keysOf(ws) + "/" + old.id()).then().statusCode(200)
                .extract().path("expiresAt"));
        assertThat(oldExpiry).isBetween(before.plus(TEST_OVERLAP).minusSeconds(1), Instant.now().plus(TEST_OVERLAP));

        sleepUntil(oldExpiry.plusMillis(200));
        as(old).get("/api/v1/workspaces/" + ws).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        as(successor).get("/api/v1/workspaces/" + ws).then().statusCode(200);
    }

    @Test
    void aRotationIsRecordedAsAnEvent() {
        String ws = aWorkspace();
        Keys.Issued old = aKeyWith(ws, "workspace:read");
        String successor = asAdmin().post(keysOf(ws) + "/" + old.id() + "/rotate").then().statusCode(201)
                .extract().path("id");
        asAdmin().delete(keysOf(ws) + "/" + successor).then().statusCode(204);

        List<Row> events = eventsOf(ws);
        assertThat(events).extracting(r -> r.getString("type"))
                .containsExactly("api_key.created", "api_key.rotated", "api_key.revoked");
        assertThat(events).allSatisfy(e -> assertThat(e.getString("data")).doesNotContain("secret", "hash"));
        assertThat(events.get(1).getString("data")).contains(successor, "\"rotatedFrom\"", old.id());
        assertThat(events.get(2).getString("previous")).isEqualTo("{\"revokedAt\": null}");
    }

    @Test
    void aKeyIsRotatedOnlyOnceAndOnlyWhileItWorks() {
        String ws = aWorkspace();
        Keys.Issued key = aKeyWith(ws, "workspace:read");
        asAdmin().post(keysOf(ws) + "/" + key.id() + "/rotate").then().statusCode(201);

        asAdmin().post(keysOf(ws) + "/" + key.id() + "/rotate").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].code", equalTo("API_KEY_ALREADY_ROTATED"));

        Keys.Issued revoked = aKeyWith(ws, "workspace:read");
        asAdmin().delete(keysOf(ws) + "/" + revoked.id()).then().statusCode(204);
        asAdmin().post(keysOf(ws) + "/" + revoked.id() + "/rotate").then().statusCode(400)
                .body("errors[0].code", equalTo("API_KEY_REVOKED"));

        asAdmin().get(keysOf(ws)).then().body("items.size()", equalTo(3));
    }

    @Test
    void aKeyCanRotateItself() {
        String ws = aWorkspace();
        Keys.Issued key = aKeyWith(ws, "api_keys:write");

        String secret = as(key).post(keysOf(ws) + "/" + key.id() + "/rotate").then().statusCode(201)
                .body("createdBy.id", equalTo(key.id())).extract().path("secret");

        as(secret).get(keysOf(ws)).then().statusCode(200);
    }

    private List<Row> eventsOf(String slug) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT e.type, e.data::text AS data, e.previous::text AS previous FROM events e"
                        + " JOIN workspaces w ON w.id = e.workspace_id WHERE w.slug = $1 AND e.type LIKE 'api_key.%'"
                        + " ORDER BY e.seq")
                .execute(Tuple.of(slug)).await().indefinitely().forEach(rows::add);
        return rows;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
