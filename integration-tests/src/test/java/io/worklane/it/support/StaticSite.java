package io.worklane.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A plain static web server for the reference web app (frontends/web/app), as any web server would host it,
 * with the config.json the test writes (where the API and Keycloak are). Loopback only.
 */
public final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json");
    private final HttpServer server;
    private final AtomicReference<String> config;

    private StaticSite(HttpServer server, AtomicReference<String> config) {
        this.server = server;
        this.config = config;
    }

    /** Serves {@code root}; config.json is "{}" until {@link #configure} (its origin is needed to configure the rest). */
    public static StaticSite serve(Path root) {
        AtomicReference<String> configJson = new AtomicReference<>("{}");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                path = path.equals("/") ? "index.html" : path.substring(1);
                Path file = root.resolve(path).normalize();
                byte[] body;
                if (path.equals("config.json")) {
                    body = configJson.get().getBytes(StandardCharsets.UTF_8);
                } else if (file.startsWith(root) && Files.isRegularFile(file)) {
                    body = Files.readAllBytes(file);
                } else {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                String ext = path.substring(path.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                exchange.getResponseHeaders().add("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return new StaticSite(server, configJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void configure(String configJson) {
        config.set(configJson);
    }

    /** {@code http://localhost:<port>/}: the origin to allow in CORS and the redirect URI for sign-in. */
    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
