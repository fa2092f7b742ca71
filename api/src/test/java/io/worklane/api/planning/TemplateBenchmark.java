package io.worklane.api.planning;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The template benchmark of issue #12 (docs/benchmarks.md, "Project templates"): a project of 5,000
 * items in 10 phases under 50 parents, with 4,999 dependencies, saved as a template, then created from
 * it 10 times, each POST …/projects timed end to end over HTTP (one transaction each). Not a timed
 * test: run it on purpose with {@code TEMPLATE_BENCHMARK=true ./mvnw -pl api verify -Dtest=TemplateBenchmark}.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@EnabledIfEnvironmentVariable(named = "TEMPLATE_BENCHMARK", matches = "true")
class TemplateBenchmark {
    static final int ITEMS = 5_000;
    static final int RUNS = 10;

    @Inject
    Pool pool;

    @Test
    void instantiating_a_template_of_5000_items() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "BENCH", "name", "Bench", "startDate", "2026-07-06"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        UUID projectId = UUID.fromString(asAdmin().get(Planning.project(ws, "BENCH")).then().extract().path("id"));
        seed(wsId, projectId);

        long saveStart = System.nanoTime();
        String template = asAdmin().body(Map.of("fromProject", "BENCH", "name", "Bench template"))
                .post(TemplatesRestTest.templates(ws)).then().statusCode(201).body("itemCount", equalTo(ITEMS))
                .extract().path("id");
        long saveMillis = (System.nanoTime() - saveStart) / 1_000_000;

        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            asAdmin().body(Map.of("template", template, "key", "COPY" + i, "name", "Copy " + i,
                    "startDate", "2027-01-04")).post(TemplatesRestTest.projects(ws)).then().statusCode(201);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        long made = pool.preparedQuery("SELECT count(*) AS n FROM work_items i JOIN projects p ON p.id = i.project_id"
                        + " WHERE p.workspace_id = $1 AND p.key = 'COPY0'").execute(Tuple.of(wsId)).await()
                .indefinitely().iterator().next().getLong("n");
        assertThat(made).isEqualTo(ITEMS);
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("TEMPLATE BENCHMARK %d items, %d dependencies: save %d ms; instantiate (%d runs) median %d ms,"
                + " min %d ms, max %d ms, first %d ms%n", ITEMS, ITEMS - 1, saveMillis, RUNS, sorted.get(RUNS / 2),
                sorted.get(0), sorted.get(RUNS - 1), millis.get(0));
    }

    /** Straight into the tables: 10 phases, 50 parents of 99 items each, a finish-to-start chain with dates. */
    private void seed(UUID ws, UUID project) {
        pool.preparedQuery("INSERT INTO phases (id, workspace_id, project_id, name, position, start_date, end_date,"
                + " version, created_at, updated_at) SELECT gen_random_uuid(), $1, $2, 'Phase ' || k, k - 1,"
                + " DATE '2026-07-06' + (k - 1) * 70, DATE '2026-07-06' + k * 70 - 1, 0, now(), now()"
                + " FROM generate_series(1, 10) k").execute(Tuple.of(ws, project)).await().indefinitely();
        pool.preparedQuery("INSERT INTO work_items (id, workspace_id, project_id, number, type, title, status,"
                + " priority, start_date, due_date, estimate_minutes, labels, version, created_at, updated_at, phase_id)"
                + " SELECT gen_random_uuid(), $1, $2, n, CASE WHEN n % 100 = 1 THEN 'EPIC' WHEN n % 100 = 0"
                + " THEN 'MILESTONE' ELSE 'TASK' END, 'Step ' || n, 'todo', 'NONE',"
                + " CASE WHEN n % 100 = 0 THEN NULL ELSE DATE '2026-07-06' + n / 7 END,"
                + " DATE '2026-07-06' + n / 7 + CASE WHEN n % 100 = 0 THEN 0 ELSE n % 3 END, 480, '[\"bench\"]', 0, now(), now(),"
                + " (SELECT id FROM phases WHERE project_id = $2 AND position = (n - 1) / 500)"
                + " FROM generate_series(1, $3) n").execute(Tuple.of(ws, project, ITEMS)).await().indefinitely();
        pool.preparedQuery("UPDATE work_items c SET parent_id = p.id FROM work_items p WHERE c.project_id = $1"
                + " AND p.project_id = $1 AND p.number = ((c.number - 1) / 100) * 100 + 1 AND c.number <> p.number")
                .execute(Tuple.of(project)).await().indefinitely();
        pool.preparedQuery("UPDATE projects SET last_item_number = $2 WHERE id = $1")
                .execute(Tuple.of(project, ITEMS)).await().indefinitely();
        pool.preparedQuery("INSERT INTO work_item_dependencies (id, workspace_id, predecessor_id, successor_id, type,"
                + " lag_days, version, created_at, updated_at) SELECT gen_random_uuid(), $1, p.id, s.id, 'FS', 0, 0,"
                + " now(), now() FROM work_items s JOIN work_items p ON p.project_id = s.project_id"
                + " AND p.number = s.number - 1 WHERE s.project_id = $2").execute(Tuple.of(ws, project)).await()
                .indefinitely();
        pool.query("ANALYZE").execute().await().indefinitely();
    }
}
