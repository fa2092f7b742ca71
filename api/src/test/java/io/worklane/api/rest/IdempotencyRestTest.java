package io.worklane.api.rest;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: replay the first response, 422 for another body, 409 while the first runs. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class IdempotencyRestTest {
    @Inject
    Pool pool;

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponse() {
        String ws = aWorkspace();
        aProject(ws, "IDEM");
        String key = UUID.randomUUID().toString();
        String body = "{\"project\":\"IDEM\",\"title\":\"Once\"}";
        Response first = asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/workspaces/" + ws + "/work-items");
        Response again = asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/workspaces/" + ws + "/work-items");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items").then().body("items.size()", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String ws = aWorkspace();
        aProject(ws, "IDEM");
        String key = UUID.randomUUID().toString();
        asAdmin().header("Idempotency-Key", key).body("{\"project\":\"IDEM\",\"title\":\"A\"}")
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        asAdmin().header("Idempotency-Key", key).body("{\"project\":\"IDEM\",\"title\":\"B\"}")
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aRequestWhileTheFirstIsInFlightGets409() {
        String ws = aWorkspace();
        String url = "/api/v1/workspaces/" + ws + "/projects";
        String done = UUID.randomUUID().toString();
        asAdmin().header("Idempotency-Key", done).body("{\"key\":\"FLY\",\"name\":\"In flight\"}").post(url)
                .then().statusCode(201);
        // a second key whose first request is still running, for the very same request: that is its record
        String running = UUID.randomUUID().toString();
        pool.preparedQuery("INSERT INTO idempotency_records (credential_id, key, operation, request_hash, status,"
                        + " created_at) SELECT credential_id, $1, operation, request_hash, 'IN_FLIGHT', now()"
                        + " FROM idempotency_records WHERE key = $2").execute(Tuple.of(running, done))
                .await().indefinitely();
        asAdmin().header("Idempotency-Key", running).body("{\"key\":\"FLY\",\"name\":\"In flight\"}").post(url)
                .then().statusCode(409).body("code", equalTo("IDEMPOTENCY_REQUEST_IN_PROGRESS"));
    }

    @Test
    void aFailedRequestFreesItsKey() {
        String ws = aWorkspace();
        String key = UUID.randomUUID().toString();
        asAdmin().header("Idempotency-Key", key).body("{\"project\":\"LATER\",\"title\":\"x\"}")
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(404);
        aProject(ws, "LATER");
        asAdmin().header("Idempotency-Key", key).body("{\"project\":\"LATER\",\"title\":\"x\"}")
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
    }
}
