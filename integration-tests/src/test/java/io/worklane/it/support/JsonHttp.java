package io.worklane.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plain JSON over HTTP with an API key, for tests that count answers (load, crashes, several
 * instances) rather than read them through the generated client. Transport failures are thrown as
 * {@link IOException}; every HTTP answer, error statuses included, is returned.
 */
public final class JsonHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI baseUri;
    private final String apiKey;

    public JsonHttp(URI baseUri, String apiKey) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUri, apiKey);
    }

    public JsonHttp(HttpClient http, URI baseUri, String apiKey) {
        this.http = http;
        this.baseUri = baseUri;
        this.apiKey = apiKey;
    }

    /** One answer: status, headers and the body parsed as JSON (an empty object when there is none). */
    public record Answer(int status, HttpResponse<String> raw, JsonNode body) {
        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        /** The body, failing with the answer when the status is not {@code expected}. */
        public JsonNode expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " from " + raw.request().method() + " "
                        + raw.uri() + " but got " + status + ": " + raw.body());
            }
            return body;
        }
    }

    public Answer get(String path) throws IOException {
        return send(request(path).GET());
    }

    public Answer post(String path, Object body) throws IOException {
        return post(path, body, b -> {
        });
    }

    public Answer post(String path, Object body, Consumer<HttpRequest.Builder> extra) throws IOException {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        extra.accept(builder);
        return send(builder);
    }

    /** A JSON Merge Patch, with extra headers (e.g. {@code If-Match}). */
    public Answer patch(String path, Object body, Consumer<HttpRequest.Builder> extra) throws IOException {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        extra.accept(builder);
        return send(builder);
    }

    /** POSTs and insists on 201 Created. */
    public JsonNode create(String path, Map<String, ?> body) throws IOException {
        return post(path, body).expect(201);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) throws IOException {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() || !text.trim().startsWith("{") && !text.trim().startsWith("[")
                    ? JSON.createObjectNode() : JSON.readTree(text);
            return new Answer(response.statusCode(), response, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
