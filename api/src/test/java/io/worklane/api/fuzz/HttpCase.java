package io.worklane.api.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request of the fuzzer, as raw as HTTP allows: the path and query exactly as sent (already
 * percent-encoded, so {@code ..} and {@code %00} reach the server as written), headers, and the body
 * bytes. Sent with the JDK's client, which neither normalises paths nor fixes bodies.
 */
record HttpCase(String description, String method, String path, List<String> query, Map<String, String> headers,
                byte[] body) {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    HttpCase described(String what) {
        return new HttpCase(what, method, path, query, headers, body);
    }

    HttpCase withPath(String rawPath) {
        return new HttpCase(description, method, rawPath, query, headers, body);
    }

    /** Adds (or, with {@code replace}, replaces) a query parameter given as raw {@code name=value}. */
    HttpCase withQuery(String name, String rawValue, boolean replace) {
        List<String> next = new ArrayList<>(query);
        if (replace) {
            next.removeIf(pair -> pair.startsWith(name + "="));
        }
        next.add(name + "=" + rawValue);
        return new HttpCase(description, method, path, List.copyOf(next), headers, body);
    }

    HttpCase withHeader(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(headers);
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return new HttpCase(description, method, path, query, next, body);
    }

    HttpCase withBody(String text) {
        return new HttpCase(description, method, path, query, headers, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    HttpCase withBytes(byte[] bytes) {
        return new HttpCase(description, method, path, query, headers, bytes);
    }

    String target() {
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    HttpResponse<String> send(URI base, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + target()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return description + ": " + method + " " + abbreviated(target()) + " " + headers + (body == null ? ""
                : " body " + abbreviated(text));
    }

    static String abbreviated(String text) {
        String visible = text.replace("\u0000", "\\u0000");
        return visible.length() <= 400 ? visible : visible.substring(0, 300) + "…(" + visible.length() + " chars)…"
                + visible.substring(visible.length() - 60);
    }
}
