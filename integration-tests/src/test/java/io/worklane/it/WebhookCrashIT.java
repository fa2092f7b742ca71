package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.WebhookReceiver;
import io.worklane.it.support.WorklaneServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    // a slowish receiver, so that deliveries are queued and in flight when the server is killed
    private final WebhookReceiver receiver = WebhookReceiver.start(Duration.ofMillis(200));
    private WorklaneServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        receiver.close();
    }

    @Test
    void every_committed_event_is_delivered_after_a_sigkill_mid_burst() throws Exception {
        Path dir = ItDirectories.fresh(WebhookCrashIT.class.getSimpleName());
        server = WorklaneServer.start(dir.resolve("data"), ADMIN_KEY, ENV);
        assertThat(server.command()).endsWith("java");

        JsonHttp api = api();
        api.create("/api/v1/workspaces", Map.of("slug", "crash", "name", "Crash test"));
        api.create("/api/v1/workspaces/crash/projects", Map.of("key", "CR", "name", "Crash", "kind", "PROJECT"));
        JsonNode hook = api.create("/api/v1/workspaces/crash/webhooks", Map.of("url", receiver.url(),
                "eventTypes", List.of("work_item.created")));
        receiver.verifyWith(hook.path("secret").asText());

        burstAndKillMidway(api);
        server = WorklaneServer.start(dir.resolve("data"), ADMIN_KEY, ENV);

        Set<String> committed = committedCreations(api());
        assertThat(committed.size()).as("creations committed before the kill").isBetween(20, BURST);
        receiver.awaitAll(committed, Duration.ofSeconds(120));
        Set<String> missing = new HashSet<>(committed);
        missing.removeAll(receiver.receivedIds());
        assertThat(missing).as("committed events never delivered").isEmpty();
        assertThat(receiver.unverified()).as("deliveries Svix could not verify").isEmpty();
        Map<String, Set<String>> bodies = new HashMap<>();
        receiver.deliveries().forEach(d -> bodies.computeIfAbsent(d.webhookId(), k -> new HashSet<>()).add(d.body()));
        assertThat(bodies.values()).as("copies of one message are the same message").allMatch(b -> b.size() == 1);
        System.out.println("[it] " + committed.size() + " committed creations, " + receiver.deliveries().size()
                + " deliveries received (" + (receiver.deliveries().size() - bodies.size()) + " duplicates)");
    }

    /** 300 creations from 4 threads; the server is SIGKILLed once a third of them have answered. */
    private void burstAndKillMidway(JsonHttp api) throws InterruptedException {
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < BURST; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    api.create("/api/v1/workspaces/crash/work-items", Map.of("project", "CR", "title", "Item " + n));
                    if (answered.incrementAndGet() == BURST / 3) {
                        server.kill();
                    }
                } catch (Exception | AssertionError expectedAfterTheKill) {
                    // the server is gone: this creation may or may not have committed
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        assertThat(server.isRunning()).isFalse();
    }

    /** The webhook-ids of every work_item.created in the change feed: msg_ + the event id without dashes. */
    private static Set<String> committedCreations(JsonHttp api) throws Exception {
        Set<String> ids = new HashSet<>();
        long after = 0;
        while (true) {
            JsonNode page = api.get("/api/v1/workspaces/crash/events?afterSeq=" + after + "&limit=1000").expect(200);
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

    private JsonHttp api() {
        return new JsonHttp(server.baseUri(), ADMIN_KEY);
    }
}
