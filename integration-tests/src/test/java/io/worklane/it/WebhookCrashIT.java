package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.svix.Webhook;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.WorklaneServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's proof of "nothing lost": a burst of 300 work item creations, the server killed with
 * SIGKILL in the middle of it, restarted on the same data directory. Every event committed (as the
 * change feed tells after the restart) reaches the receiver at least once; copies of one carry the same
 * webhook-id and body; and every delivery verifies with Svix's Standard Webhooks library.
 */
class WebhookCrashIT {
    private static final String ADMIN_KEY = "wl_it_webhook_crash_admin_key_0123456789";
    private static final int BURST = 300;
    private static final Map<String, String> ENV = Map.of(
            "WORKLANE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
            "WORKLANE_WEBHOOKS_RETRY_SCHEDULE", "0s,1s,2s,5s,10s,30s",
            "WORKLANE_WEBHOOKS_TIMEOUT", "3s",
            // a lease the killed instance held ends soon after the restart
            "WORKLANE_WEBHOOKS_DELIVERY_LEASE", "5s");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> unverified = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private WorklaneServer server;
    private volatile Webhook verifier;

    private record Received(String webhookId, String body) {
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void every_committed_event_is_delivered_after_a_sigkill_mid_burst() throws Exception {
        startReceiver();
        Path dir = ItDirectories.fresh(WebhookCrashIT.class.getSimpleName());
        server = WorklaneServer.start(dir.resolve("data"), ADMIN_KEY, ENV);
        assertThat(server.command()).endsWith("java");

        post("/api/v1/workspaces", Map.of("slug", "crash", "name", "Crash test"));
        post("/api/v1/workspaces/crash/projects", Map.of("key", "CR", "name", "Crash", "kind", "PROJECT"));
        JsonNode hook = post("/api/v1/workspaces/crash/webhooks", Map.of("url", "http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hooks", "eventTypes", List.of("work_item.created")));
        verifier = new Webhook(hook.path("secret").asText());

        burstAndKillMidway();
        server = WorklaneServer.start(dir.resolve("data"), ADMIN_KEY, ENV);

        Set<String> committed = committedCreations();
        assertThat(committed.size()).as("creations committed before the kill").isBetween(20, BURST);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!receivedIds().containsAll(committed) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Set<String> missing = new HashSet<>(committed);
        missing.removeAll(receivedIds());
        assertThat(missing).as("committed events never delivered").isEmpty();
        assertThat(unverified).as("deliveries Svix could not verify").isEmpty();
        Map<String, Set<String>> bodies = new HashMap<>();
        received.forEach(r -> bodies.computeIfAbsent(r.webhookId(), k -> new HashSet<>()).add(r.body()));
        assertThat(bodies.values()).as("copies of one message are the same message").allMatch(b -> b.size() == 1);
        System.out.println("[it] " + committed.size() + " committed creations, " + received.size()
                + " deliveries received (" + (received.size() - receivedIds().size()) + " duplicates)");
    }

    /** 300 creations from 4 threads; the server is SIGKILLed once a third of them have answered. */
    private void burstAndKillMidway() throws InterruptedException {
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < BURST; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    post("/api/v1/workspaces/crash/work-items", Map.of("project", "CR", "title", "Item " + n));
                    if (answered.incrementAndGet() == BURST / 3) {
                        server.kill();
                    }
                } catch (Exception expectedAfterTheKill) {
                    // the server is gone: this creation may or may not have committed
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        assertThat(server.isRunning()).isFalse();
    }

    /** The webhook-ids of every work_item.created in the change feed: msg_ + the event id without dashes. */
    private Set<String> committedCreations() throws Exception {
        Set<String> ids = new HashSet<>();
        long after = 0;
        while (true) {
            JsonNode page = get("/api/v1/workspaces/crash/events?afterSeq=" + after + "&limit=1000");
            page.path("items").forEach(e -> {
                if (e.path("type").asText().equals("work_item.created")) {
                    ids.add("msg_" + e.path("id").asText().replace("-", ""));
                }
            });
            if (!page.path("hasMore").asBoolean()) {
                return ids;
            }
            after = page.path("nextAfterSeq").asLong();
        }
    }

    private Set<String> receivedIds() {
        Set<String> ids = new HashSet<>();
        received.forEach(r -> ids.add(r.webhookId()));
        return ids;
    }

    private void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.setExecutor(Executors.newFixedThreadPool(16));
        receiver.createContext("/hooks", this::receive);
        receiver.start();
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
        try {
            verifier.verify(body, headers);
        } catch (Exception e) {
            unverified.add(headers.get("webhook-id") + ": " + e);
        }
        received.add(new Received(headers.get("webhook-id").get(0), body));
        // a slowish receiver, so that deliveries are queued and in flight when the server is killed
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private JsonNode post(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    private JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + ADMIN_KEY)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return server.baseUri().resolve(path);
    }
}
