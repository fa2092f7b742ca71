package io.worklane.it.support;

import io.worklane.client.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A successful response of the generated client: status, headers and body, with the headers the API promises. */
public record Http<T>(int status, Map<String, List<String>> headers, T body) {

    public static <T> Http<T> of(ApiResponse<T> response) {
        return new Http<>(response.getStatusCode(), response.getHeaders(), response.getData());
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    /** The {@code ETag} header, quotes included (e.g. {@code "3"}); fails when absent. */
    public String etag() {
        return header("ETag").orElseThrow(() -> new AssertionError("no ETag header in " + headers));
    }

    /** The {@code Location} header; fails when absent. */
    public String location() {
        return header("Location").orElseThrow(() -> new AssertionError("no Location header in " + headers));
    }

    /** The strong entity tag the API uses for a version: {@code "<version>"}, quotes included. */
    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }
}
