package io.worklane.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client over the JDK's WebSocket, as a front end would hold one: authenticated
 * in {@code connection_init}, messages queued as they arrive, and the close status the server sent.
 */
public final class GraphQlSocket implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQlSocket(URI baseUri, String apiKey) throws Exception {
        URI uri = URI.create(baseUri.toString().replaceFirst("^http", "ws")).resolve("/graphql");
        socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Listener()).get(30, TimeUnit.SECONDS);
        send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + apiKey)));
        JsonNode ack = next(Duration.ofSeconds(30));
        if (ack == null || !"connection_ack".equals(ack.path("type").asText())) {
            throw new IllegalStateException("no connection_ack from " + uri + " but " + ack);
        }
    }

    public static GraphQlSocket connect(URI baseUri, String apiKey) throws Exception {
        return new GraphQlSocket(baseUri, apiKey);
    }

    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    /** The next message, or null when none arrives in time. */
    public JsonNode next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The status code of the server's close frame, once it has sent one. */
    public CompletableFuture<Integer> closedWith() {
        return closedWith;
    }

    private void send(Map<String, ?> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + message, e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    received.add(JSON.createObjectNode().put("type", "unparseable").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closedWith.completeExceptionally(error);
        }
    }
}
