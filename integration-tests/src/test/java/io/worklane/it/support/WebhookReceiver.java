package io.worklane.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.svix.Webhook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback that answers 204 after a short pause. It keeps every delivery
 * (webhook-id and body), checks each signature with Svix's Standard Webhooks library once it is told
 * the subscription's secret, and notices what a receiver must never see twice at once: an attempt at
 * a {@code webhook-id} arriving while another attempt at the same id is still being answered (two
 * instances sending the same delivery).
 */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final Duration pause;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> overlapping = ConcurrentHashMap.newKeySet();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<String> unverified = new CopyOnWriteArrayList<>();
    private volatile Webhook verifier;

    /** One delivery as received. */
    public record Delivery(String webhookId, String body) {
    }

    private WebhookReceiver(Duration pause) throws IOException {
        this.pause = pause;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(threads);
        server.createContext("/hooks", this::receive);
        server.start();
    }

    public static WebhookReceiver start(Duration pause) {
        try {
            return new WebhookReceiver(pause);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** From now on, every delivery must be signed with this subscription secret. */
    public void verifyWith(String secret) {
        try {
            verifier = new Webhook(secret);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a webhook secret: " + e, e);
        }
    }

    /** Attempts received per webhook-id. */
    public Map<String, AtomicInteger> attempts() {
        return attempts;
    }

    /** webhook-ids that had two attempts in flight at the same time. */
    public Set<String> overlapping() {
        return overlapping;
    }

    public List<Delivery> deliveries() {
        return deliveries;
    }

    public Set<String> receivedIds() {
        Set<String> ids = new HashSet<>();
        deliveries.forEach(d -> ids.add(d.webhookId()));
        return ids;
    }

    /** Deliveries whose signature did not verify, with why. */
    public List<String> unverified() {
        return unverified;
    }

    /** Waits up to {@code timeout} for every one of {@code ids} to arrive; answers whether they did. */
    public boolean awaitAll(Set<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!receivedIds().containsAll(ids)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Tools.sleep(Duration.ofMillis(100));
        }
        return true;
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
        String id = headers.get("webhook-id").get(0);
        if (inFlight.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() > 1) {
            overlapping.add(id);
        }
        attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        verify(id, body, headers);
        deliveries.add(new Delivery(id, body));
        Tools.sleep(pause);
        inFlight.get(id).decrementAndGet();
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private void verify(String id, String body, Map<String, List<String>> headers) {
        Webhook current = verifier;
        if (current == null) {
            return;
        }
        try {
            current.verify(body, headers);
        } catch (Exception e) {
            unverified.add(id + ": " + e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
