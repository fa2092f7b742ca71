package io.worklane.api.bulk;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.worklane.api.application.job.JobRunner;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.GraphQLSocket;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bulkUpdateWorkItems, Workspace.job, cancelJob and the jobProgress subscription: REST's use cases and codes. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BulkGraphQLTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BULK = "mutation($in: BulkUpdateWorkItemsInput!) { bulkUpdateWorkItems(input: $in) {"
            + " bulkId mode dryRun applied total succeeded failed items { key succeeded version code } job { id status"
            + " progress { done total } } } }";
    private static final String JOB = "query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { job(id: $id) {"
            + " status kind progress { done total failed } result errors { ref code } } } }";
    @Inject
    JobRunner runner;

    @Test
    void a_dry_run_answers_per_item_and_a_real_change_moves_every_item() {
        String ws = aWorkspace();
        aProject(ws, "GQ");
        aWorkItem(ws, "GQ", "One");
        aWorkItem(ws, "GQ", "Two");
        Map<String, Object> in = Map.of("workspace", ws, "keys", List.of("GQ-1", "GQ-2"), "operations",
                List.of(Map.of("set", Map.of("priority", "URGENT")), Map.of("addLabels", List.of("gql"))), "dryRun", true);
        JsonPath dry = GraphQL.ok(ADMIN_KEY, BULK, Map.of("in", in));
        assertThat(dry.getBoolean("data.bulkUpdateWorkItems.applied")).isFalse();
        assertThat(dry.getList("data.bulkUpdateWorkItems.items.succeeded")).containsExactly(true, true);
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GQ-1").then().body("priority", equalTo("NONE"));

        Map<String, Object> real = new java.util.HashMap<>(in);
        real.put("dryRun", false);
        JsonPath done = GraphQL.ok(ADMIN_KEY, BULK, Map.of("in", real));
        assertThat(done.getBoolean("data.bulkUpdateWorkItems.applied")).isTrue();
        assertThat(done.getList("data.bulkUpdateWorkItems.items.version")).containsExactly(1, 1);
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GQ-2").then().body("priority", equalTo("URGENT"))
                .body("labels", equalTo(List.of("gql")));
    }

    @Test
    void a_retry_with_the_same_idempotencyKey_answers_the_first_answer_and_changes_nothing_more() {
        String ws = aWorkspace();
        aProject(ws, "GI");
        aWorkItem(ws, "GI", "One");
        aWorkItem(ws, "GI", "Two");
        String key = "bulk-" + java.util.UUID.randomUUID();
        Map<String, Object> in = Map.of("workspace", ws, "keys", List.of("GI-1", "GI-2"), "idempotencyKey", key,
                "operations", List.of(Map.of("addLabels", List.of("once"))));
        Map<String, Object> first = GraphQL.ok(ADMIN_KEY, BULK, Map.of("in", in)).getMap("data.bulkUpdateWorkItems");
        assertThat(first.get("items")).asList().hasSize(2);
        int events = events(ws);

        Map<String, Object> replay = GraphQL.ok(ADMIN_KEY, BULK, Map.of("in", in)).getMap("data.bulkUpdateWorkItems");
        assertThat(replay).isEqualTo(first); // the same bulkId and versions: not run again
        assertThat(events(ws)).isEqualTo(events);
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GI-1").then().body("version", equalTo(1));

        Map<String, Object> other = new java.util.HashMap<>(in);
        other.put("operations", List.of(Map.of("addLabels", List.of("twice"))));
        JsonPath reused = GraphQL.as(ADMIN_KEY, BULK, Map.of("in", other));
        assertThat(reused.getString("errors[0].extensions.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GI-2").then().body("labels", equalTo(List.of("once")))
                .body("version", equalTo(1));
        assertThat(events(ws)).isEqualTo(events);
    }

    @Test
    void a_retry_of_a_queued_change_answers_the_same_job() {
        String ws = aWorkspace();
        aProject(ws, "GK");
        for (int i = 1; i <= 22; i++) {
            aWorkItem(ws, "GK", "Item " + i);
        }
        Map<String, Object> in = Map.of("workspace", ws, "filter", "project = GK", "mode", "PER_ITEM",
                "idempotencyKey", "bulk-" + java.util.UUID.randomUUID(),
                "operations", List.of(Map.of("addLabels", List.of("gql"))));
        Map<String, Object> first = GraphQL.ok(ADMIN_KEY, BULK, Map.of("in", in)).getMap("data.bulkUpdateWorkItems");
        Map<String, Object> replay = GraphQL.ok(ADMIN_KEY, BULK, Map.of("in", in)).getMap("data.bulkUpdateWorkItems");
        assertThat(replay).isEqualTo(first);
        assertThat(((Map<?, ?>) first.get("job")).get("id")).isNotNull();
    }

    private static int events(String ws) {
        return asAdmin().queryParam("limit", 1000).get("/api/v1/workspaces/" + ws + "/events").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void refusals_carry_the_rest_codes() {
        String ws = aWorkspace();
        aProject(ws, "GR");
        aWorkItem(ws, "GR", "One");
        JsonPath twoMembers = GraphQL.as(ADMIN_KEY, BULK, Map.of("in", Map.of("workspace", ws, "keys", List.of("GR-1"),
                "operations", List.of(Map.of("transition", "done", "delete", true)))));
        assertThat(twoMembers.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        JsonPath missing = GraphQL.as(ADMIN_KEY, BULK, Map.of("in", Map.of("workspace", ws, "keys", List.of("GR-9"),
                "operations", List.of(Map.of("delete", true)))));
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("WORK_ITEM_NOT_FOUND");
        JsonPath noJob = GraphQL.as(ADMIN_KEY, JOB, Map.of("ws", ws, "id", "0190c0de-0000-7000-8000-000000000000"));
        assertThat(noJob.getString("errors[0].extensions.code")).isEqualTo("JOB_NOT_FOUND");
    }

    @Test
    void a_job_is_followed_by_jobProgress_to_its_end_and_read_and_cancelled_like_over_rest() throws Throwable {
        String ws = aWorkspace();
        aProject(ws, "GJ");
        for (int i = 1; i <= 22; i++) {
            aWorkItem(ws, "GJ", "Item " + i);
        }
        Map<String, Object> in = Map.of("workspace", ws, "filter", "project = GJ", "mode", "PER_ITEM",
                "operations", List.of(Map.of("addLabels", List.of("gql"))));
        String id = GraphQL.ok(ADMIN_KEY, BULK, Map.of("in", in)).getString("data.bulkUpdateWorkItems.job.id");
        assertThat(GraphQL.ok(ADMIN_KEY, JOB, Map.of("ws", ws, "id", id)).getString("data.workspace.job.status"))
                .isEqualTo("QUEUED");

        try (GraphQLSocket socket = GraphQLSocket.withKey(ADMIN_KEY)) {
            socket.subscribe("1", "subscription($ws: String, $id: ID!) { jobProgress(workspace: $ws, id: $id) {"
                    + " status progress { done total } } }", Map.of("ws", ws, "id", id));
            assertThat(status(socket.next(WAIT))).isEqualTo("QUEUED");
            VertxContextSupport.subscribeAndAwait(() -> runner.runAvailable());
            List<String> seen = new ArrayList<>();
            for (JsonObject m = socket.next(WAIT); m != null && "next".equals(m.getString("type")); m = socket.next(WAIT)) {
                seen.add(status(m));
                if ("SUCCEEDED".equals(status(m))) {
                    break;
                }
            }
            assertThat(seen).last().isEqualTo("SUCCEEDED");
        }
        JsonPath job = GraphQL.ok(ADMIN_KEY, JOB, Map.of("ws", ws, "id", id));
        assertThat(job.getInt("data.workspace.job.progress.done")).isEqualTo(22);
        JsonPath cancel = GraphQL.as(ADMIN_KEY, "mutation($in: CancelJobInput!) { cancelJob(input: $in) { job { status } } }",
                Map.of("in", Map.of("workspace", ws, "id", id)));
        assertThat(cancel.getString("errors[0].extensions.code")).isEqualTo("JOB_FINISHED");
    }

    private static String status(JsonObject message) {
        assertThat(message).as("a message within " + WAIT).isNotNull();
        assertThat(message.getJsonObject("payload").getValue("errors")).as(message.encode()).isNull();
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("jobProgress").getString("status");
    }
}
