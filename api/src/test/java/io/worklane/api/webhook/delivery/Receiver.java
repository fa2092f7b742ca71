package io.worklane.api.webhook.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.worklane.domain.webhook.WebhookSecret;
import io.worklane.domain.webhook.WebhookSignature;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A webhook receiver on localhost for tests: records every request as it came and answers as told,
 * per request number (from 1). Requests on every path are taken.
 */
final class Receiver implements AutoCloseable {
    /** What the receiver answers. */
    record Answer(int status, Map<String, String> headers, byte[] body, Duration delay) {
        static Answer ok() {
            return status(200);
        }

        static Answer status(int status) {
            return new Answer(status, Map.of(), "ok".getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        Answer with(String header, String value) {
            var all = new java.util.HashMap<>(headers);
            all.put(header, value);
            return new Answer(status, all, body, delay);
        }

        Answer body(byte[] bytes) {
            return new Answer(status, headers, bytes, delay);
        }

        Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }
    }

    /** A request as received. */
    record Received(String path, Map<String, List<String>> headers, String body, Instant at) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        boolean signedWith(WebhookSecret secret) {
            return WebhookSignature.verify(header("webhook-id"), header("webhook-timestamp"), body,
                    header("webhook-signature"), List.of(secret), Instant.now()).valid();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntFunction<Answer> answers = n -> Answer.ok();

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    Receiver answering(IntFunction<Answer> answers) {
        this.answers = answers;
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                new String(body, StandardCharsets.UTF_8), Instant.now()));
        Answer answer = answers.apply(count.incrementAndGet());
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        try {
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (IOException e) {
            // the sender hung up (timeout, or a body it stopped reading): nothing to answer to
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
