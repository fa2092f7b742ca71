package io.worklane.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback that answers 204 after a short pause, and notices what a receiver
 * must never see twice at once: an attempt at a {@code webhook-id} arriving while another attempt at
 * the same id is still being answered (two instances sending the same delivery).
 */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final Duration pause;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> overlapping = ConcurrentHashMap.newKeySet();

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

    /** Attempts received per webhook-id. */
    public Map<String, AtomicInteger> attempts() {
        return attempts;
    }

    /** webhook-ids that had two attempts in flight at the same time. */
    public Set<String> overlapping() {
        return overlapping;
    }

    private void receive(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        if (inFlight.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() > 1) {
            overlapping.add(id);
        }
        attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        Tools.sleep(pause);
        inFlight.get(id).decrementAndGet();
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
