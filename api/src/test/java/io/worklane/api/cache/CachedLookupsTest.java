package io.worklane.api.cache;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * API keys and workspaces are read from memory once loaded (ADR 0043), and never served stale: a change
 * made here is refused on the very next request, a change committed by another instance (here: straight
 * SQL on the database) within a second, and while the cache cannot hear of changes it serves nothing.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CachedLookupsTest {
    @Inject
    Pool pool;

    @Test
    void a_key_and_its_workspace_are_read_once_then_from_memory() {
        String ws = aWorkspace();
        aProject(ws, "CL");
        String item = aWorkItem(ws, "CL", "Cached").extract().path("key");
        statementsOf(ws, item, KEY_ADMIN);
        // the item, and what planning shows on it (blocked, schedule conflicts): no key, no workspace
        assertThat(statementsOf(ws, item, KEY_ADMIN)).as("the item and its plan alone").isEqualTo(2);
    }

    @Test
    void a_revoked_key_is_refused_on_its_very_next_request() {
        String ws = aWorkspace();
        for (int i = 0; i < 10; i++) {
            Map<String, String> key = aKey(ws);
            statusWith(key.get("secret"), ws);
            assertThat(statusWith(key.get("secret"), ws)).isEqualTo(200);
            asAdmin().delete("/api/v1/workspaces/" + ws + "/api-keys/" + key.get("id")).then().statusCode(204);
            assertThat(statusWith(key.get("secret"), ws)).as("right after the revocation").isEqualTo(401);
        }
    }

    @Test
    void a_revocation_committed_elsewhere_reaches_the_cache_within_a_second() {
        String ws = aWorkspace();
        Map<String, String> key = aKey(ws);
        statusWith(key.get("secret"), ws);
        assertThat(statusWith(key.get("secret"), ws)).isEqualTo(200);

        sql("UPDATE api_keys SET revoked_at = now() WHERE id = $1", UUID.fromString(key.get("id")));

        assertThat(within(Duration.ofSeconds(1), () -> statusWith(key.get("secret"), ws), 401)).isEqualTo(401);
    }

    @Test
    void a_slug_changed_elsewhere_stops_naming_the_workspace_within_a_second() {
        String ws = aWorkspace();
        asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200);
        sql("UPDATE workspaces SET slug = $1, version = version + 1 WHERE slug = $2", ws + "-renamed", ws);

        assertThat(within(Duration.ofSeconds(1), () -> asAdmin().get("/api/v1/workspaces/" + ws).statusCode(), 404))
                .isEqualTo(404);
        asAdmin().get("/api/v1/workspaces/" + ws + "-renamed").then().statusCode(200);
    }

    @Test
    void while_changes_cannot_be_heard_nothing_is_served_from_memory() {
        String ws = aWorkspace();
        Map<String, String> key = aKey(ws);
        statusWith(key.get("secret"), ws);
        sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN worklane_cache'");
        within(Duration.ofSeconds(10), () -> authStatements(key.get("secret"), ws), 2);

        sql("UPDATE api_keys SET revoked_at = now() WHERE id = $1", UUID.fromString(key.get("id")));
        assertThat(statusWith(key.get("secret"), ws)).as("no notice can arrive: read from the database").isEqualTo(401);

        within(Duration.ofSeconds(10), () -> authStatements(KEY_ADMIN, ws), 0);
        Map<String, String> other = aKey(ws);
        statusWith(other.get("secret"), ws);
        sql("UPDATE api_keys SET revoked_at = now() WHERE id = $1", UUID.fromString(other.get("id")));
        assertThat(within(Duration.ofSeconds(1), () -> statusWith(other.get("secret"), ws), 401))
                .as("listening again").isEqualTo(401);
    }

    private static final String KEY_ADMIN = io.worklane.api.support.Api.ADMIN_KEY;

    private static Map<String, String> aKey(String ws) {
        var json = asAdmin().body(Map.of("name", "Cached " + UUID.randomUUID(), "scopes", List.of("workspace:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().jsonPath();
        return Map.of("id", json.getString("id"), "secret", json.getString("secret"));
    }

    private static int statusWith(String secret, String ws) {
        return given().header("Authorization", "Bearer " + secret).get("/api/v1/workspaces/" + ws).statusCode();
    }

    /** The statements of reading the workspace with this key: 0 when key and workspace come from memory. */
    private static int authStatements(String secret, String ws) {
        return Integer.parseInt(given().header("Authorization", "Bearer " + secret).get("/api/v1/workspaces/" + ws)
                .then().statusCode(200).extract().header("Worklane-Sql-Statements"));
    }

    private static int statementsOf(String ws, String item, String secret) {
        return Integer.parseInt(given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/workspaces/" + ws + "/work-items/" + item).then().statusCode(200).extract()
                .header("Worklane-Sql-Statements"));
    }

    /** Asks until the answer is {@code wanted} or the time is up; answers the last answer. */
    private static int within(Duration limit, IntSupplier ask, int wanted) {
        long deadline = System.nanoTime() + limit.toNanos();
        int last = ask.getAsInt();
        while (last != wanted && System.nanoTime() < deadline) {
            sleep(20);
            last = ask.getAsInt();
        }
        return last;
    }

    private void sql(String statement, Object... params) {
        pool.preparedQuery(statement).execute(Tuple.from(params)).await().indefinitely();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
