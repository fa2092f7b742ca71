package io.worklane.api.resource;

import static io.worklane.api.resource.ResourceFixtures.path;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The workload benchmark of issue #6 (docs/benchmarks.md, "Workload"): 500 resources × 26 weeks, each
 * with two allocations and a time entry every working day, then GET …/workload over the 26 weeks,
 * timed end to end over HTTP. Not a timed test: run it on purpose with
 * {@code WORKLOAD_BENCHMARK=true ./mvnw -pl api test -Dtest=WorkloadBenchmark}.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@EnabledIfEnvironmentVariable(named = "WORKLOAD_BENCHMARK", matches = "true")
class WorkloadBenchmark {
    static final int RESOURCES = 500;
    static final String FROM = "2026-07-06";
    static final String TO = "2027-01-03";

    @Inject
    Pool pool;
    @Inject
    io.worklane.api.application.resource.WorkloadService workload;

    @Test
    void workload_of_500_resources_over_26_weeks() {
        String ws = aWorkspace();
        aProject(ws, "BENCH");
        JsonPath item = aWorkItem(ws, "BENCH", "Benchmark work").extract().jsonPath();
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        UUID projectId = UUID.fromString(asAdmin().get(path(ws, "projects/BENCH")).then().extract().path("id"));
        seed(wsId, projectId, UUID.fromString(item.getString("id")));

        assertThat(asAdmin().queryParam("from", FROM).queryParam("to", TO).get(path(ws, "workload")).then()
                .statusCode(200).extract().jsonPath().getList("resources")).hasSize(RESOURCES);
        for (int i = 0; i < 5; i++) {
            call(ws);
        }
        List<Long> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            bytes = call(ws).length;
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        // the same use case without HTTP and JSON: the statements and the arithmetic alone
        var admin = io.worklane.api.application.shared.Caller.apiKey("bench", "bench", true, wsId, List.of("admin"));
        List<Long> service = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            int shown = workload.workload(admin, ws, FROM, TO, "WEEK", null, null).await().indefinitely()
                    .resources().size();
            service.add((System.nanoTime() - start) / 1_000_000);
            assertThat(shown).isEqualTo(RESOURCES);
        }
        Collections.sort(service);
        System.out.printf("WORKLOAD BENCHMARK use case only: median %d ms, p95 %d ms, min %d ms%n", service.get(10),
                service.get(18), service.get(0));
        System.out.printf("WORKLOAD BENCHMARK %d resources x 26 weeks (%d bytes): median %d ms, p95 %d ms, min %d ms,"
                + " max %d ms%n", RESOURCES, bytes, millis.get(10), millis.get(18), millis.get(0), millis.get(19));
    }

    /** The answer's bytes, as a client receives them (parsing them is the client's time, not the server's). */
    private static byte[] call(String ws) {
        return asAdmin().queryParam("from", FROM).queryParam("to", TO).get(path(ws, "workload")).then()
                .statusCode(200).extract().asByteArray();
    }

    /** Straight into the tables (set-based), so that seeding takes seconds, not the benchmark's subject. */
    private void seed(UUID ws, UUID project, UUID workItem) {
        pool.preparedQuery("INSERT INTO resources (id, workspace_id, kind, name, skills, capacity, time_off, cost_rates,"
                + " version, created_at, updated_at) SELECT gen_random_uuid(), $1, 'PERSON', 'Person ' || n,"
                + " '[{\"name\":\"java\",\"level\":3}]', '{\"MONDAY\":480,\"TUESDAY\":480,\"WEDNESDAY\":480,"
                + "\"THURSDAY\":480,\"FRIDAY\":480}', '[{\"from\":\"2026-08-03\",\"to\":\"2026-08-07\",\"reason\":\"x\"}]',"
                + " '[{\"from\":\"2026-01-01\",\"amount\":\"80.00\",\"currency\":\"EUR\",\"unit\":\"HOUR\"}]', 0,"
                + " now() + n * interval '1 microsecond', now() FROM generate_series(1, $2) n")
                .execute(Tuple.of(ws, RESOURCES)).await().indefinitely();
        pool.preparedQuery("INSERT INTO allocations (id, workspace_id, resource_id, project_id, from_date, to_date,"
                + " minutes_per_week, percent, version, created_at, updated_at) SELECT gen_random_uuid(), $1, r.id, $2,"
                + " DATE '2026-07-06', DATE '2027-01-03', CASE WHEN k = 1 THEN 1200 END, CASE WHEN k = 2 THEN 40 END, 0,"
                + " now(), now() FROM resources r, generate_series(1, 2) k WHERE r.workspace_id = $1")
                .execute(Tuple.of(ws, project)).await().indefinitely();
        pool.preparedQuery("INSERT INTO time_entries (id, workspace_id, resource_id, work_item_id, project_id,"
                + " entry_date, minutes, billable, cost_amount, cost_currency, version, created_at, updated_at)"
                + " SELECT gen_random_uuid(), $1, r.id, $2, $3, d::date, 240, true, 320.00, 'EUR', 0, now(), now()"
                + " FROM resources r, generate_series(DATE '2026-07-06', DATE '2027-01-03', interval '1 day') d"
                + " WHERE r.workspace_id = $1 AND extract(isodow FROM d) < 6")
                .execute(Tuple.of(ws, workItem, project)).await().indefinitely();
        pool.query("ANALYZE").execute().await().indefinitely();
    }
}
