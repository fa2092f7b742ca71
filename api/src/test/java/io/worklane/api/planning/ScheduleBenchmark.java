package io.worklane.api.planning;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.Api;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The schedule benchmark of issue #12 (docs/benchmarks.md, "Schedule"): a project of 10,000 items and
 * 20,000 dependencies, then GET …/schedule timed end to end over HTTP. Not a timed test: run it on
 * purpose with {@code SCHEDULE_BENCHMARK=true ./mvnw -pl api test -Dtest=ScheduleBenchmark}.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@EnabledIfEnvironmentVariable(named = "SCHEDULE_BENCHMARK", matches = "true")
class ScheduleBenchmark {
    static final int ITEMS = 10_000;
    /** Enough calls for the JIT to have compiled the path: the steady state is what is measured. */
    static final int WARM_UP = 20;
    static final int TIMED = 40;

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL url;

    @Test
    void schedule_of_10000_items_and_20000_dependencies() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "BENCH", "name", "Bench", "kind", "PROJECT", "startDate", "2026-07-06"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        UUID projectId = UUID.fromString(asAdmin().get(Planning.project(ws, "BENCH")).then().extract().path("id"));
        seed(wsId, projectId);

        var first = asAdmin().get(Planning.project(ws, "BENCH") + "/schedule").then().statusCode(200).extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(ITEMS);
        for (int i = 0; i < WARM_UP; i++) {
            call(ws);
        }
        List<Long> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            bytes = call(ws).length;
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("SCHEDULE BENCHMARK %d items, %d dependencies (%d bytes): median %d ms, p95 %d ms, min %d ms,"
                + " max %d ms%n", ITEMS, 2 * ITEMS - 3, bytes, millis.get(TIMED / 2),
                millis.get(TIMED * 95 / 100 - 1), millis.get(0), millis.get(TIMED - 1));
    }

    /**
     * The JDK's HTTP client, not REST Assured: REST Assured's own handling of a 2.4 MB body took longer
     * than the server's answer, and it is the server that is measured.
     */
    private byte[] call(String ws) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + Planning.project(ws, "BENCH").substring(1)
                        + "/schedule")).header("Authorization", "Bearer " + Api.ADMIN_KEY).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Straight into the tables (set-based): item n lasts 1 to 5 days, waits (FS) for item n-1 and for
     * item n-2 (SS, lag 1) — 20,000 dependencies less the first items' — with some estimates only.
     */
    private void seed(UUID ws, UUID project) {
        pool.preparedQuery("INSERT INTO work_items (id, workspace_id, project_id, number, type, title, status,"
                + " priority, start_date, due_date, estimate_minutes, version, created_at, updated_at)"
                + " SELECT gen_random_uuid(), $1, $2, n, 'TASK', 'Step ' || n, 'todo', 'NONE',"
                + " CASE WHEN n % 3 = 0 THEN NULL ELSE DATE '2026-07-06' + (n % 40) END,"
                + " CASE WHEN n % 3 = 0 THEN NULL ELSE DATE '2026-07-06' + (n % 40) + (n % 5) END,"
                + " CASE WHEN n % 3 = 0 THEN 480 * (1 + n % 4) END, 0, now() + n * interval '1 microsecond', now()"
                + " FROM generate_series(1, $3) n").execute(Tuple.of(ws, project, ITEMS)).await().indefinitely();
        pool.preparedQuery("UPDATE projects SET last_item_number = $2 WHERE id = $1")
                .execute(Tuple.of(project, ITEMS)).await().indefinitely();
        pool.preparedQuery("INSERT INTO work_item_dependencies (id, workspace_id, predecessor_id, successor_id, type,"
                + " lag_days, version, created_at, updated_at)"
                + " SELECT gen_random_uuid(), $1, p.id, s.id, CASE WHEN k = 1 THEN 'FS' ELSE 'SS' END, k - 1, 0, now(),"
                + " now() FROM work_items s JOIN generate_series(1, 2) k ON true"
                + " JOIN work_items p ON p.project_id = s.project_id AND p.number = s.number - k"
                + " WHERE s.project_id = $2").execute(Tuple.of(ws, project)).await().indefinitely();
        pool.query("ANALYZE").execute().await().indefinitely();
    }
}
