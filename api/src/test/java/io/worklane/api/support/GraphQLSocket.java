package io.worklane.api.support;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A graphql-transport-ws client over a real WebSocket, for subscription tests. */
public final class GraphQLSocket implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    private final java.util.concurrent.CompletableFuture<String> closedWith = new java.util.concurrent.CompletableFuture<>();

    private GraphQLSocket(Map<String, String> headers, JsonObject initPayload) throws Exception {
        WebSocketClient client = vertx.createWebSocketClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("localhost").setPort(RestAssured.port)
                .setURI("/graphql").addSubProtocol("graphql-transport-ws");
        headers.forEach(options::addHeader);
        socket = client.connect(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
        socket.closeHandler(v -> closedWith.complete(socket.closeStatusCode() + " " + socket.closeReason()));
        send(new JsonObject().put("type", "connection_init").put("payload", initPayload));
        awaitAck();
    }

    /** The server authenticates connection_init's payload asynchronously: subscribe only after its ack. */
    private void awaitAck() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject m = received.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && "connection_ack".equals(m.getString("type"))) {
                return;
            }
        }
        throw new IllegalStateException("no connection_ack within 10 s");
    }

    /** Authenticated by the upgrade request's Authorization header. */
    public static GraphQLSocket withKey(String key) throws Exception {
        return new GraphQLSocket(Map.of("Authorization", "Bearer " + key), new JsonObject());
    }

    /** Authenticated by connection_init's payload, as a browser (which cannot set headers) does. */
    public static GraphQLSocket withInitPayload(String key) throws Exception {
        return new GraphQLSocket(Map.of(), new JsonObject().put("Authorization", "Bearer " + key));
    }

    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query).put("variables", new JsonObject(variables))));
    }

    public void complete(String id) {
        send(new JsonObject().put("id", id).put("type", "complete"));
    }

    /** The next message that is not a ping/pong/ack, or null after the timeout. */
    public JsonObject next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject m = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null || !m.getString("type").matches("ping|pong|connection_ack")) {
                return m;
            }
        }
    }

    public boolean closed() {
        return socket.isClosed();
    }

    /** How the server closed the socket ("4403 The API key was revoked."), or null if it did not within the timeout. */
    public String closedWithin(Duration timeout) throws InterruptedException {
        try {
            return closedWith.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(JsonObject message) {
        socket.writeTextMessage(message.encode());
    }

    @Override
    public void close() throws Exception {
        if (!socket.isClosed()) {
            socket.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
