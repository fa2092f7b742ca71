package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.WorklaneServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A background job survives a SIGKILL (issue #15 item 2, ADR 0060): a bulk change queued as a job moves every
 * item of a project on the delivery workflow from backlog to todo; the server and its PostgreSQL are killed
 * while the job runs; after a restart on the same data the job is taken over once its lease runs out and ends
 * SUCCEEDED. No step was done twice: a step done again would be refused (todo → todo is no transition) and
 * counted as failed, every item is at version 1, and there is exactly one work_item.transitioned per item.
 */
class JobCrashIT {
    private static final String ADMIN_KEY = "wl_it_job_crash_admin_key_0123456789abcd";
    private static final int ITEMS = 60;
    private static final Map<String, String> FAST_JOBS = Map.of("WORKLANE_BULK_SYNC_LIMIT", "5",
            "WORKLANE_JOBS_LEASE", "3s");
    private WorklaneServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aJobKilledMidwayResumesFromItsCheckpointWithoutRedoingAnItem() throws Exception {
        Path data = ItDirectories.fresh("JobCrashIT").resolve("data");
        server = WorklaneServer.start(data, ADMIN_KEY, FAST_JOBS);
        JsonHttp api = new JsonHttp(server.baseUri(), ADMIN_KEY);
        givenItemsInBacklog(api);

        JsonNode queued = api.post("/api/v1/workspaces/jobcrash/work-items/bulk", Map.of("filter", "project = JC",
                "operations", List.of(Map.of("transition", "todo")), "mode", "PER_ITEM")).expect(202);
        String job = "/api/v1/workspaces/jobcrash/jobs/" + queued.path("id").asText();
        JsonNode running = awaitProgress(api, job, 10);
        server.killWithPostgres();
        // seen running with most of its items to go, a moment before the kill: the kill cut it in the middle
        assertThat(running.path("status").asText()).isEqualTo("RUNNING");
        assertThat(running.path("progress").path("done").asInt()).isLessThan(ITEMS - 20);

        server = WorklaneServer.start(data, ADMIN_KEY, FAST_JOBS);
        api = new JsonHttp(server.baseUri(), ADMIN_KEY);
        JsonNode ended = awaitEnd(api, job);
        assertThat(ended.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(ended.path("progress").path("done").asInt()).isEqualTo(ITEMS);
        assertThat(ended.path("progress").path("failed").asInt()).as("steps redone would fail").isZero();
        String bulkId = ended.path("result").path("bulkId").asText();
        assertThat(transitionsOf(api, bulkId)).as("one move per item").hasSize(ITEMS).doesNotHaveDuplicates();
        for (int n : List.of(1, ITEMS / 2, ITEMS)) {
            JsonNode item = api.get("/api/v1/workspaces/jobcrash/work-items/JC-" + n).expect(200);
            assertThat(item.path("status").asText()).isEqualTo("todo");
            assertThat(item.path("version").asLong()).isEqualTo(1);
        }
    }

    private void givenItemsInBacklog(JsonHttp api) throws Exception {
        api.create("/api/v1/workspaces", Map.of("slug", "jobcrash", "name", "Job crash"));
        api.create("/api/v1/workspaces/jobcrash/projects", Map.of("key", "JC", "name", "Jobs", "kind", "PROJECT"));
        String wf = api.create("/api/v1/workspaces/jobcrash/workflows", Map.of("template", "software_delivery",
                "name", "Delivery")).path("id").asText();
        api.patch("/api/v1/workspaces/jobcrash/projects/JC", Map.of("workflow", wf), b -> { }).expect(200);
        for (int i = 1; i <= ITEMS; i++) {
            api.create("/api/v1/workspaces/jobcrash/work-items", Map.of("project", "JC", "title", "Item " + i));
        }
    }

    /** Waits until the job has done at least {@code steps} steps; answers the job as then seen. */
    private static JsonNode awaitProgress(JsonHttp api, String job, int steps) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            JsonNode seen = api.get(job).expect(200);
            if (seen.path("progress").path("done").asInt() >= steps) {
                return seen;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the job did not start within 30 s");
    }

    private static JsonNode awaitEnd(JsonHttp api, String job) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(40));
        while (Instant.now().isBefore(until)) {
            JsonNode now = api.get(job).expect(200);
            if (!List.of("QUEUED", "RUNNING").contains(now.path("status").asText())) {
                return now;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job did not end within 40 s of the restart");
    }

    private static List<String> transitionsOf(JsonHttp api, String bulkId) throws Exception {
        List<String> subjects = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = api.get("/api/v1/workspaces/jobcrash/events?limit=1000&afterSeq=" + after).expect(200);
            page.path("items").forEach(e -> {
                if (e.path("type").asText().equals("work_item.transitioned")
                        && bulkId.equals(e.path("data").path("bulkId").asText())) {
                    subjects.add(e.path("subjectId").asText());
                }
            });
            if (!page.path("hasMore").asBoolean()) {
                return subjects;
            }
            after = page.path("nextAfterSeq").asLong();
        }
    }
}
