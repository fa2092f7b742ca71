package io.worklane.api.bulk;

import static io.worklane.api.bulk.BulkChangesRestTest.bulk;
import static io.worklane.api.bulk.BulkChangesRestTest.item;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.application.job.JobRunner;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Background jobs (issue #15 item 2, ADR 0060), with a bulk change over the test profile's sync limit (20 items):
 * queued (202, replayed per Idempotency-Key), run to the end with job.completed, cancelled, refused atomically,
 * and taken over from the checkpoint of a runner that died without redoing its steps.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BackgroundJobsTest {
    private static final int ITEMS = 24;
    @Inject
    JobRunner runner;
    @Inject
    Pool pool;

    private static String project(String key) {
        String ws = aWorkspace();
        aProject(ws, key);
        for (int i = 1; i <= ITEMS; i++) {
            aWorkItem(ws, key, "Item " + i);
        }
        return ws;
    }

    private static Map<String, Object> labelAll(String project, String mode) {
        return Map.of("filter", "project = " + project, "operations", List.of(Map.of("addLabels", List.of("bulk"))),
                "mode", mode);
    }

    private static String jobPath(String ws, String id) {
        return "/api/v1/workspaces/" + ws + "/jobs/" + id;
    }

    private void runJobs() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> runner.runAvailable());
    }

    private static int labelled(String ws, String project) {
        return asAdmin().queryParam("filter", "project = " + project + " AND labels CONTAINS \"bulk\"")
                .queryParam("limit", 200).get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void more_items_than_the_sync_limit_are_a_job_that_runs_to_the_end_once_per_idempotency_key() throws Throwable {
        String ws = project("JB");
        String key = "bulk-" + UUID.randomUUID();
        String id = asAdmin().header("Idempotency-Key", key).body(labelAll("JB", "PER_ITEM")).post(bulk(ws)).then()
                .statusCode(202).header("Location", endsWith("/jobs/" + asAdmin().header("Idempotency-Key", key)
                        .body(labelAll("JB", "PER_ITEM")).post(bulk(ws)).then().statusCode(202).extract().path("id")))
                .body("status", equalTo("QUEUED")).body("kind", equalTo("bulk_update"))
                .body("progress.total", equalTo(ITEMS)).body("progress.done", equalTo(0)).extract().path("id");
        asAdmin().get(jobPath(ws, id)).then().statusCode(200).body("status", equalTo("QUEUED"));

        runJobs();
        JsonPath job = asAdmin().get(jobPath(ws, id)).then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                .body("progress.done", equalTo(ITEMS)).body("progress.failed", equalTo(0)).extract().jsonPath();
        assertThat(labelled(ws, "JB")).isEqualTo(ITEMS);
        String bulkId = job.getString("result.bulkId");
        JsonPath events = asAdmin().queryParam("limit", 1000).get("/api/v1/workspaces/" + ws + "/events").then()
                .extract().jsonPath();
        assertThat(events.getList("items.findAll { it.type == 'work_item.updated' && it.data.bulkId == '" + bulkId
                + "' }")).hasSize(ITEMS);
        assertThat(events.getString("items.find { it.type == 'job.completed' }.data.status")).isEqualTo("SUCCEEDED");
        assertThat(events.getList("items.findAll { it.type == 'job.completed' }")).hasSize(1); // one job, not two

        asAdmin().post(jobPath(ws, id) + "/cancel").then().statusCode(409).body("code", equalTo("JOB_FINISHED"));
    }

    @Test
    void a_queued_job_cancelled_never_runs_and_an_atomic_job_with_a_refused_item_keeps_nothing() throws Throwable {
        String ws = project("CN");
        String id = asAdmin().body(labelAll("CN", "PER_ITEM")).post(bulk(ws)).then().statusCode(202).extract().path("id");
        asAdmin().post(jobPath(ws, id) + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelRequested", equalTo(true));
        runJobs();
        asAdmin().get(jobPath(ws, id)).then().body("status", equalTo("CANCELLED")).body("progress.done", equalTo(0));
        assertThat(labelled(ws, "CN")).isZero();

        asAdmin().body(Map.of("keys", List.of("CN-5"), "operations", List.of(Map.of("delete", true)))).post(bulk(ws))
                .then().statusCode(200);
        // keys naming an item that is gone: 404 before anything is queued
        String atomic = asAdmin().body(Map.of("keys", keys("CN"), "operations", List.of(Map.of("addLabels",
                List.of("bulk"))))).post(bulk(ws)).then().statusCode(404).extract().path("code");
        assertThat(atomic).isEqualTo("WORK_ITEM_NOT_FOUND");
        String filtered = asAdmin().body(labelAll("CN", "ATOMIC")).post(bulk(ws)).then().statusCode(202)
                .extract().path("id");
        // CN-6 goes after the job was queued: its step is refused, and ATOMIC keeps nothing
        asAdmin().body(Map.of("keys", List.of("CN-6"), "operations", List.of(Map.of("delete", true)))).post(bulk(ws))
                .then().statusCode(200);
        runJobs();
        asAdmin().get(jobPath(ws, filtered)).then().body("status", equalTo("FAILED"))
                .body("progress.done", equalTo(ITEMS - 1)).body("progress.failed", equalTo(1))
                .body("errors[0].ref", equalTo("CN-6")).body("errors[0].code", equalTo("WORK_ITEM_NOT_FOUND"));
        assertThat(labelled(ws, "CN")).isZero();
    }

    @Test
    void a_job_whose_runner_died_is_taken_over_from_its_checkpoint_without_redoing_a_step() throws Throwable {
        String ws = project("TK");
        String id = asAdmin().body(labelAll("TK", "PER_ITEM")).post(bulk(ws)).then().statusCode(202)
                .extract().path("id");
        // as a runner that died after ten steps leaves it: RUNNING, its lease run out, checkpoint at 10
        pool.preparedQuery("UPDATE jobs SET status = 'RUNNING', done = 10, owner = $2, locked_until = now()"
                + " - interval '1 second' WHERE id = $1").execute(Tuple.of(UUID.fromString(id), UUID.randomUUID()))
                .await().indefinitely();
        runJobs();
        asAdmin().get(jobPath(ws, id)).then().body("status", equalTo("SUCCEEDED")).body("progress.done", equalTo(ITEMS));
        // the first ten steps were not done again: those items were never labelled by this runner
        assertThat(labelled(ws, "TK")).isEqualTo(ITEMS - 10);
        asAdmin().get(item(ws, "TK-1")).then().body("version", equalTo(0));
        asAdmin().get(item(ws, "TK-11")).then().body("version", equalTo(1));
    }

    private static List<String> keys(String project) {
        return java.util.stream.IntStream.rangeClosed(1, ITEMS).mapToObj(i -> project + "-" + i).toList();
    }
}
