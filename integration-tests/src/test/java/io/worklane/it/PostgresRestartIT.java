package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.it.support.DebianPostgres;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.Tools;
import io.worklane.it.support.WorklaneServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue #18, "Bad input and faults": PostgreSQL restarted under load. Writers create work items while
 * the external PostgreSQL is stopped ({@code pg_ctl stop -m fast}: sessions cut mid-transaction) and
 * started again on the same port. Readiness goes DOWN and comes back UP by itself, every refusal in
 * between is a 503 problem document (never a 500, never a hung request), and every creation answered
 * 201 is there afterwards. The server logs as JSON (WORKLANE_LOG_FORMAT=json, issue #18 item 5): the
 * outage's warnings are JSON objects.
 */
class PostgresRestartIT {
    private static final String ADMIN_KEY = "wl_it_postgres_restart_admin_key_01234567";
    private static final String SECRETS_KEY = "cmVzdGFydDogb25lIHNlYWxpbmcga2V5IGZvciBhbGw=";
    private static final int WRITERS = 3;
    private static final String ITEMS = "/api/v1/workspaces/restart/work-items";
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> wrongRefusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<Integer> readiness = new CopyOnWriteArrayList<>();
    private DebianPostgres postgres;
    private WorklaneServer server;

    @AfterEach
    void stop() {
        running.set(false);
        if (server != null) {
            server.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readinessFollowsPostgresRequestsAnswer503MeanwhileAndNothingAcknowledgedIsLost() throws Exception {
        Assumptions.assumeTrue(DebianPostgres.binaries().isPresent(), DebianPostgres.notInstalled());
        Path dir = ItDirectories.fresh(PostgresRestartIT.class.getSimpleName());
        postgres = DebianPostgres.start(dir.resolve("pg"));
        postgres.createDatabase("worklane");
        Map<String, String> env = new HashMap<>(postgres.serverEnv("worklane", SECRETS_KEY));
        env.put("WORKLANE_LOG_FORMAT", "json"); // what an operator's log pipeline reads during an outage
        server = WorklaneServer.start(dir.resolve("data"), ADMIN_KEY, env);
        JsonHttp api = new JsonHttp(server.baseUri(), ADMIN_KEY);
        api.create("/api/v1/workspaces", Map.of("slug", "restart", "name", "Restart"));
        api.create("/api/v1/workspaces/restart/projects", Map.of("key", "RS", "name", "Restart", "kind", "PROJECT"));

        ExecutorService load = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < WRITERS; w++) {
            load.submit(() -> write(api, next));
        }
        load.submit(this::watchReadiness);

        await("writes before the restart", () -> acknowledged.size() >= 30, Duration.ofSeconds(60));
        postgres.stopFast();
        await("readiness DOWN", () -> readiness.contains(503), Duration.ofSeconds(30));
        int refusedWhileDown = refused.get();
        await("refusals while PostgreSQL is down", () -> refused.get() >= refusedWhileDown + WRITERS, Duration.ofSeconds(30));
        postgres.start();
        await("readiness UP again", () -> readiness.lastIndexOf(200) > readiness.indexOf(503), Duration.ofSeconds(60));
        int afterRestart = acknowledged.size();
        await("writes after the restart", () -> acknowledged.size() >= afterRestart + 30, Duration.ofSeconds(60));
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).as("writers and watcher ended").isTrue();

        assertThat(readiness).as("readiness statuses in order").startsWith(200).endsWith(200).contains(503)
                .containsOnly(200, 503);
        assertThat(wrongRefusals).as("answers other than 201 or a 503 problem document; the server logged: %s",
                unexpectedFailuresLogged()).isEmpty();
        assertThat(stored(api)).as("creations acknowledged with 201").containsAll(acknowledged);
        assertThat(jsonLogLines()).as("WORKLANE_LOG_FORMAT=json: the outage logged as JSON objects")
                .anySatisfy(line -> assertThat(line.path("level").asText()).isEqualTo("WARN"))
                .anySatisfy(line -> assertThat(line.path("message").asText()).startsWith("Database unavailable"));
        System.out.println("[it] " + acknowledged.size() + " creations acknowledged, " + refused.get()
                + " refused with 503 while PostgreSQL restarted; readiness " + compress(readiness));
    }

    private void write(JsonHttp api, AtomicInteger next) {
        while (running.get()) {
            String title = "Item " + next.incrementAndGet();
            try {
                JsonHttp.Answer answer = api.post(ITEMS, Map.of("project", "RS", "title", title));
                if (answer.status() == 201) {
                    acknowledged.add(title);
                } else if (answer.status() == 503 && answer.header("Content-Type").orElse("").startsWith("application/problem+json")
                        && !answer.body().path("code").asText().isEmpty()) {
                    refused.incrementAndGet();
                } else {
                    wrongRefusals.add(title + ": HTTP " + answer.status() + " " + answer.header("Content-Type").orElse("")
                            + " " + answer.raw().body());
                }
            } catch (IOException | RuntimeException e) {
                wrongRefusals.add(title + ": " + e);
            }
            Tools.sleep(Duration.ofMillis(20));
        }
    }

    /** Polls readiness every 100 ms, keeping each status that differs from the previous one. */
    private void watchReadiness() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(server.baseUri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (running.get()) {
            int status;
            try {
                status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                return;
            }
            if (readiness.isEmpty() || readiness.get(readiness.size() - 1) != status) {
                readiness.add(status);
            }
            Tools.sleep(Duration.ofMillis(100));
        }
    }

    /**
     * The JSON objects of the server's console output. Known gap: when PostgreSQL cuts the sessions, a
     * few bare lines ("io.vertx.pgclient.PgException: FATAL: terminating connection due to administrator
     * command (57P01)") are printed past the logging system; they are reported here, not yet refused.
     */
    /** What the server logged for a 500, so that a failure here names its cause. */
    private String unexpectedFailuresLogged() {
        try {
            return jsonLogLines().stream().filter(line -> line.path("message").asText().startsWith("Unexpected failure"))
                    .map(line -> line.path("message").asText() + " " + line.path("exception").toString())
                    .map(text -> text.length() > 3000 ? text.substring(0, 3000) + "…" : text).limit(3).toList().toString();
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private List<JsonNode> jsonLogLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        for (String line : Files.readAllLines(server.logFile(), StandardCharsets.UTF_8)) {
            if (line.startsWith("{")) {
                lines.add(json.readTree(line));
            } else if (!line.isBlank()) {
                bare.add(line);
            }
        }
        if (!bare.isEmpty()) {
            System.out.println("[it] console lines that are not JSON: " + bare.size() + ", e.g. " + bare.get(0));
        }
        return lines;
    }

    private Set<String> stored(JsonHttp api) throws Exception {
        Set<String> titles = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = api.get(ITEMS + "?limit=200" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))).expect(200);
            page.path("items").forEach(item -> titles.add(item.path("title").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return titles;
    }

    private void await(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout + "; readiness " + compress(readiness)
                        + ", " + acknowledged.size() + " acknowledged, " + refused.get() + " refused, wrong answers "
                        + wrongRefusals.stream().limit(5).toList() + "\nServer log:\n" + server.logTail(40));
            }
            Tools.sleep(Duration.ofMillis(50));
        }
    }

    private static String compress(List<Integer> statuses) {
        return String.join(" → ", statuses.stream().map(String::valueOf).toList());
    }
}
