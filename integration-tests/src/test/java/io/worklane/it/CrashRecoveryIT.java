package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.WorklaneServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps what it acknowledged (issue #18, item 1): writers create work items as
 * fast as they can, the server and its PostgreSQL are killed with SIGKILL in the middle, and after a
 * restart on the same data directory every creation that was answered 201 is there. A SIGKILL of the
 * server alone leaves its PostgreSQL running; the next start takes that one over.
 */
class CrashRecoveryIT {
    private static final String ADMIN_KEY = "wl_it_crash_recovery_admin_key_0123456789";
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    private WorklaneServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesASigkillOfTheServerAndOfItsPostgres() throws Exception {
        Path data = ItDirectories.fresh("CrashRecoveryIT-both").resolve("data");
        server = WorklaneServer.start(data, ADMIN_KEY);
        assertThat(durabilitySettings(server)).as("SHOW on the packaged server's own PostgreSQL")
                .isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        givenAWorkspace();

        Set<String> acknowledged = writeUntilKilled(() -> server.killWithPostgres());
        assertThat(server.embeddedPostmaster()).as("no PostgreSQL process survived the kill").isEmpty();

        server = WorklaneServer.start(data, ADMIN_KEY);
        assertThat(titlesStored()).as("acknowledged creations after the restart").containsAll(acknowledged);
    }

    @Test
    void aPostgresLeftRunningByAKilledServerIsTakenOverAtTheNextStart() throws Exception {
        Path data = ItDirectories.fresh("CrashRecoveryIT-server").resolve("data");
        server = WorklaneServer.start(data, ADMIN_KEY);
        givenAWorkspace();

        Set<String> acknowledged = writeUntilKilled(() -> server.killServerOnly());
        long orphan = server.embeddedPostmaster().orElseThrow(
                () -> new AssertionError("the embedded PostgreSQL should outlive a SIGKILL of the server")).pid();

        server = WorklaneServer.start(data, ADMIN_KEY);
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphaned postmaster").isEmpty();
        assertThat(titlesStored()).containsAll(acknowledged);
        assertThat(server.logTail(400)).contains("left behind by an earlier run");
    }

    /** Writers create items until the server is gone; the kill comes once enough of them were answered. */
    private Set<String> writeUntilKilled(Runnable kill) throws InterruptedException {
        JsonHttp api = new JsonHttp(server.baseUri(), ADMIN_KEY);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (true) {
                    String title = "Item " + next.incrementAndGet();
                    try {
                        api.create("/api/v1/workspaces/crash/work-items", Map.of("project", "CR", "title", title));
                    } catch (Exception | AssertionError cutOff) {
                        return; // this one may or may not have committed; it was never acknowledged
                    }
                    acknowledged.add(title);
                    if (answered.incrementAndGet() == ACKNOWLEDGED_BEFORE_KILL) {
                        kill.run();
                    }
                }
            });
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(180, TimeUnit.SECONDS)).as("writers ended by the kill").isTrue();
        assertThat(server.isRunning()).isFalse();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        return acknowledged;
    }

    private void givenAWorkspace() throws Exception {
        JsonHttp api = new JsonHttp(server.baseUri(), ADMIN_KEY);
        api.create("/api/v1/workspaces", Map.of("slug", "crash", "name", "Crash test"));
        api.create("/api/v1/workspaces/crash/projects", Map.of("key", "CR", "name", "Crash", "kind", "PROJECT"));
    }

    private Set<String> titlesStored() throws Exception {
        JsonHttp api = new JsonHttp(server.baseUri(), ADMIN_KEY);
        Set<String> titles = new HashSet<>();
        String cursor = null;
        do {
            String page = "/api/v1/workspaces/crash/work-items?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = api.get(page).expect(200);
            body.path("items").forEach(item -> titles.add(item.path("title").asText()));
            cursor = body.path("nextCursor").isTextual() ? body.path("nextCursor").asText() : null;
        } while (cursor != null);
        return titles;
    }

    private static Map<String, String> durabilitySettings(WorklaneServer server) throws Exception {
        String url = "jdbc:postgresql://localhost:" + server.embeddedPostgresPort() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            return Map.of("fsync", show(c, "fsync"), "synchronous_commit", show(c, "synchronous_commit"),
                    "full_page_writes", show(c, "full_page_writes"));
        }
    }

    private static String show(Connection c, String setting) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
