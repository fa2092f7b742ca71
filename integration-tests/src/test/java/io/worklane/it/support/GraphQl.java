package io.worklane.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** GraphQL over HTTP, plainly: {@code POST /graphql} with {@code {"query": ..., "variables": ...}}. */
public final class GraphQl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUri;
    private final String apiKey;

    GraphQl(URI baseUri, String apiKey) {
        this.baseUri = baseUri;
        this.apiKey = apiKey;
    }

    /** The result of one GraphQL request. */
    public record Result(int httpStatus, JsonNode body) {
        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode errors() {
            return body.path("errors");
        }

        /** The {@code data}, failing with the server's errors when there are any. */
        public JsonNode dataWithoutErrors() {
            if (httpStatus != 200 || (errors().isArray() && !errors().isEmpty())) {
                throw new AssertionError("GraphQL request failed (HTTP " + httpStatus + "): " + body.toPrettyString());
            }
            return data();
        }
    }

    public Result execute(String document) {
        return execute(document, Map.of());
    }

    public Result execute(String document, Map<String, ?> variables) {
        ObjectNode request = JSON.createObjectNode().put("query", document);
        if (!variables.isEmpty()) {
            request.set("variables", JSON.valueToTree(variables));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve("/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response = send(builder.build());
        try {
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Result(response.statusCode(), body);
        } catch (IOException e) {
            throw new AssertionError("GraphQL answered HTTP " + response.statusCode() + " with a body that is not JSON: "
                    + response.body(), e);
        }
    }

    /** The schema as served ({@code GET /graphql/schema.graphql}, public), or the HTTP status when there is none. */
    public HttpResponse<String> servedSchema() {
        return send(HttpRequest.newBuilder(baseUri.resolve("/graphql/schema.graphql")).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
