package io.worklane.api.export;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several keyset pages (3,000 rows, pages of 500) come out as one chunked answer, every item once, in
 * the order asked. The 1,000,000-row proof under a 256 MB heap is ExportMemoryIT (docs/benchmarks.md).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ExportStreamingTest {
    private static final int ITEMS = 3_000;

    @Inject
    Pool pool;

    @Test
    void manyPagesStreamAsOneFileWithEveryItemOnceInOrder() throws Exception {
        String ws = aWorkspace();
        UUID project = UUID.fromString(aProject(ws, "BIG").extract().path("id"));
        asAdmin().body(Map.of("key", "cost", "name", "Cost", "type", "NUMBER"))
                .post("/api/v1/workspaces/" + ws + "/projects/BIG/custom-fields").then().statusCode(201);
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        pool.preparedQuery("INSERT INTO work_items (id, workspace_id, project_id, number, type, title, status, priority,"
                        + " custom_fields, version, created_at, updated_at)"
                        + " SELECT gen_random_uuid(), $1, $2, n, 'TASK', 'Row ' || n, 'todo', 'NONE',"
                        + " jsonb_build_object('cost', n), 0, now() + n * interval '1 millisecond', now()"
                        + " FROM generate_series(1, $3) n")
                .execute(Tuple.of(wsId, project, ITEMS)).await().indefinitely();

        Response answer = asAdmin().queryParam("sort", "createdAt").get(ExportFixture.path(ws));

        answer.then().statusCode(200).header("Transfer-Encoding", "chunked");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.asInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).endsWith(",customFields.cost");
            List<String> rows = lines.lines().toList();
            assertThat(rows).hasSize(ITEMS);
            for (int n = 1; n <= ITEMS; n++) {
                assertThat(rows.get(n - 1)).as("row %d", n).contains(",BIG-" + n + ",").endsWith("," + n);
            }
        }
    }
}
