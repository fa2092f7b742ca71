package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Baselines over GraphQL: taken, listed on the project, compared, deleted; the same codes as REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLBaselinesTest {
    private static final String CREATE = "mutation($ws: String!, $name: String!, $key: String) { createBaseline(input: "
            + "{workspace: $ws, project: \"GB\", name: $name, idempotencyKey: $key}) { baseline { id name itemCount "
            + "finish version } } }";

    @Test
    void a_baseline_is_taken_listed_compared_and_deleted() {
        String ws = aWorkspace();
        aProject(ws, "GB");
        String first = asAdmin().body(Map.of("project", "GB", "title", "Design", "startDate", "2026-12-14",
                "dueDate", "2026-12-16")).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201)
                .extract().path("key");
        Map<String, Object> vars = new HashMap<>(Map.of("ws", ws, "name", "Approved", "key", "gb-1"));
        JsonPath made = ok(CREATE, vars);
        String id = made.getString("data.createBaseline.baseline.id");
        assertThat(made.getInt("data.createBaseline.baseline.itemCount")).isEqualTo(1);
        // the same idempotency key answers the same baseline and takes no second one
        assertThat(ok(CREATE, vars).getString("data.createBaseline.baseline.id")).isEqualTo(id);

        asAdmin().contentType("application/merge-patch+json").body(Map.of("dueDate", "2026-12-18"))
                .patch("/api/v1/workspaces/" + ws + "/work-items/" + first).then().statusCode(200);
        JsonPath read = ok("query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { project(key: \"GB\") {"
                + " baselines { id name } baselineVariance(baseline: $id) { finishVarianceDays items { key "
                + "finishVarianceDays } added { key } removed { key } } } } }", Map.of("ws", ws, "id", id));
        assertThat(read.getList("data.workspace.project.baselines.id")).containsExactly(id);
        assertThat(read.getInt("data.workspace.project.baselineVariance.items[0].finishVarianceDays")).isEqualTo(2);
        assertThat(read.getList("data.workspace.project.baselineVariance.added")).isEmpty();

        String delete = "mutation($ws: String!, $id: ID!, $v: Int) { deleteBaseline(input: {workspace: $ws, "
                + "project: \"GB\", id: $id, expectedVersion: $v}) { deletedId } }";
        JsonPath stale = failing(delete, Map.of("ws", ws, "id", id, "v", 3));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(ok(delete, Map.of("ws", ws, "id", id, "v", 0)).getString("data.deleteBaseline.deletedId")).isEqualTo(id);
        JsonPath gone = failing("query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { project(key: \"GB\") {"
                + " baselineVariance(baseline: $id) { finishVarianceDays } } } }", Map.of("ws", ws, "id", id));
        assertThat(gone.getString("errors[0].extensions.code")).isEqualTo("BASELINE_NOT_FOUND");
        JsonPath blank = failing(CREATE, Map.of("ws", ws, "name", " "));
        assertThat(blank.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
    }
}
