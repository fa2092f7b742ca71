package io.worklane.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.WorklaneServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The webhook delivery benchmark of docs/benchmarks.md ("Webhook delivery"), not a timed test: it
 * runs only with -Dworklane.benchmark=true and prints its figures. (1) First-attempt latency when
 * idle: work items created one by one, each delivery's arrival timed from the creation's answer.
 * (2) Throughput: 10 subscriptions to one local receiver, disabled while 1,000 work items are
 * created, then enabled at once: 10,000 deliveries, timed from the enabling to the last arrival.
 */
@EnabledIfSystemProperty(named = "worklane.benchmark", matches = "true")
class WebhookBenchmarkIT {
    private static final String ADMIN_KEY = "wl_it_webhook_bench_admin_key_0123456789";
    private static final int SUBSCRIPTIONS = 10;
    private static final int ITEMS = 1000;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicLong lastArrival = new AtomicLong();
    private WorklaneServer server;

    @Test
    void deliveries_per_second_and_first_attempt_latency() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
        receiver.setExecutor(Executors.newFixedThreadPool(64));
        receiver.createContext("/hooks", this::receive);
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        server = WorklaneServer.start(ItDirectories.fresh("WebhookBenchmarkIT").resolve("data"), ADMIN_KEY,
                Map.of("WORKLANE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true", "WORKLANE_RATE_LIMIT_PER_MINUTE", "10000000"));
        try {
            post("/api/v1/workspaces", Map.of("slug", "bench", "name", "Benchmark"));
            post("/api/v1/workspaces/bench/projects", Map.of("key", "BN", "name", "Bench", "kind", "PROJECT"));
            latencyWhenIdle(url);
            throughput(url);
        } finally {
            server.stop();
            receiver.stop(0);
        }
    }

    private void latencyWhenIdle(String url) throws Exception {
        String hook = post("/api/v1/workspaces/bench/webhooks", Map.of("url", url + "?latency",
                "eventTypes", List.of("work_item.created"))).path("id").asText();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = post("/api/v1/workspaces/bench/work-items", Map.of("project", "BN", "title", "Idle " + i))
                    .path("id").asText();
            long committed = System.nanoTime();
            long deadline = committed + TimeUnit.SECONDS.toNanos(10);
            while (!arrivals.containsKey(id) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            latencies.add(TimeUnit.NANOSECONDS.toMillis(arrivals.getOrDefault(id, deadline) - committed));
            Thread.sleep(50 + (i * 37) % 200); // idle between changes, not in step with the poll
        }
        Collections.sort(latencies);
        System.out.printf("[bench] first attempt after commit, %d changes: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                latencies.size(), pct(latencies, 50), pct(latencies, 90), pct(latencies, 99),
                latencies.get(latencies.size() - 1));
        patch("/api/v1/workspaces/bench/webhooks/" + hook, Map.of("status", "DISABLED"));
    }

    private void throughput(String url) throws Exception {
        List<String> hooks = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            hooks.add(post("/api/v1/workspaces/bench/webhooks", Map.of("url", url, "status", "DISABLED",
                    "eventTypes", List.of("work_item.created"))).path("id").asText());
        }
        ExecutorService creators = Executors.newFixedThreadPool(8);
        for (int i = 0; i < ITEMS; i++) {
            int n = i;
            creators.submit(() -> post("/api/v1/workspaces/bench/work-items", Map.of("project", "BN",
                    "title", "Burst " + n)));
        }
        creators.shutdown();
        creators.awaitTermination(10, TimeUnit.MINUTES);
        received.set(0);
        long start = System.nanoTime();
        for (String hook : hooks) {
            patch("/api/v1/workspaces/bench/webhooks/" + hook, Map.of("status", "ACTIVE"));
        }
        int expected = SUBSCRIPTIONS * ITEMS;
        long deadline = start + TimeUnit.MINUTES.toNanos(5);
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double seconds = (lastArrival.get() - start) / 1e9;
        System.out.printf("[bench] %d of %d deliveries in %.2f s: %.0f deliveries/s%n", received.get(), expected,
                seconds, received.get() / seconds);
    }

    private void receive(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (exchange.getRequestURI().getQuery() != null) {
            arrivals.put(json.readTree(body).path("data").path("id").asText(), at);
        } else {
            received.incrementAndGet();
            lastArrival.accumulateAndGet(at, Math::max);
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static long pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    private JsonNode post(String path, Map<String, ?> body) throws Exception {
        return new JsonHttp(server.baseUri(), ADMIN_KEY).create(path, body);
    }

    private void patch(String path, Map<String, ?> body) throws Exception {
        new JsonHttp(server.baseUri(), ADMIN_KEY).patch(path, body, r -> {
        }).expect(200);
    }
}
