package io.worklane.api.application.webhook.delivery;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import io.worklane.domain.webhook.ClaimedDelivery;
import io.worklane.domain.webhook.WebhookSignature;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one attempt with Vert.x's non-blocking client over pooled keep-alive connections: signed
 * (every secret of a rotation), to the address the resolver checked (the Host header and TLS SNI stay
 * the URL's), redirects not followed, the whole exchange bounded by the timeout and the response body
 * read only up to a cap. Never fails: every problem is a {@link SendResult} for the log.
 */
final class WebhookSender {
    private final Vertx vertx;
    private final HttpClient client;
    private final TargetResolver resolver;
    private final Duration timeout;
    private final int readCap;

    WebhookSender(Vertx vertx, TargetResolver resolver, Duration timeout, int readCap, int poolSize) {
        this.vertx = vertx;
        this.resolver = resolver;
        this.timeout = timeout;
        this.readCap = readCap;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(poolSize)
                .setConnectTimeout((int) timeout.toMillis()).setForceSni(true).setVerifyHost(true)
                .setMaxRedirects(0).setTryUseCompression(false)
                // with tracing on, every attempt is a client span and carries `traceparent` (W3C), even though
                // no request of the API is under way when the worker sends; with it off, nothing is added
                .setTracingPolicy(TracingPolicy.ALWAYS));
    }

    Future<SendResult> send(ClaimedDelivery d, Instant now) {
        long started = System.nanoTime();
        Map<String, String> headers = WebhookSignature.headers(d.messageId(), now.getEpochSecond(), d.body(),
                d.secrets().activeAt(now));
        return resolver.resolve(d.url().host())
                .compose(address -> exchange(d, address, headers, started))
                .recover(e -> Future.succeededFuture(SendResult.failed(reason(e), elapsed(started))));
    }

    private Future<SendResult> exchange(ClaimedDelivery d, InetAddress address, Map<String, String> headers,
                                        long started) {
        Promise<SendResult> result = Promise.promise();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        long timer = vertx.setTimer(timeout.toMillis(), id -> {
            if (result.tryFail("no response within " + timeout.toSeconds() + " s.")) {
                HttpClientRequest r = request.get();
                if (r != null) {
                    r.reset();
                }
            }
        });
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(d.url().toString())
                .setServer(SocketAddress.inetSocketAddress(d.url().port(), address.getHostAddress()))
                .setFollowRedirects(false)
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "Worklane-Webhooks/1.0");
        headers.forEach(options::putHeader);
        client.request(options)
                .compose(r -> {
                    request.set(r);
                    return r.send(Buffer.buffer(d.body().getBytes(StandardCharsets.UTF_8)));
                })
                .compose(response -> read(response, request.get()).map(body ->
                        SendResult.response(response.statusCode(), headersOf(response), body, elapsed(started))))
                .onComplete(done -> {
                    vertx.cancelTimer(timer);
                    if (done.succeeded()) {
                        result.tryComplete(done.result());
                    } else {
                        result.tryFail(done.cause());
                    }
                });
        return result.future();
    }

    /** Reads the body up to the cap; past it, the connection is dropped rather than read to the end. */
    private Future<String> read(HttpClientResponse response, HttpClientRequest request) {
        Promise<String> body = Promise.promise();
        Buffer kept = Buffer.buffer();
        response.handler(chunk -> {
            int room = readCap - kept.length();
            if (room > 0) {
                kept.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
            }
            if (kept.length() >= readCap && body.tryComplete(kept.toString(StandardCharsets.UTF_8))) {
                request.reset();
            }
        });
        response.exceptionHandler(e -> body.tryComplete(kept.toString(StandardCharsets.UTF_8)));
        response.endHandler(v -> body.tryComplete(kept.toString(StandardCharsets.UTF_8)));
        return body.future();
    }

    private static Map<String, List<String>> headersOf(HttpClientResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        return headers;
    }

    private static String reason(Throwable e) {
        if (e instanceof TargetResolver.Refused) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message;
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }

    void close() {
        client.close();
    }
}
