package io.worklane.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Keycloak from its distribution (unpacked by the build into target/keycloak), started as
 * {@code bin/kc.sh start-dev} on a free port with the Worklane realm imported and an in-memory
 * database, so every start is fresh. Its console output goes to a log file; it is always stopped.
 */
public final class KeycloakServer implements AutoCloseable {
    public static final String REALM = "worklane";
    private static final String ADMIN = "kcadmin";
    private static final String ADMIN_PASSWORD = "kcadmin-" + Long.toHexString(System.nanoTime());
    // the first start-dev of a fresh distribution rebuilds it (minutes on a loaded 2-core machine)
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final Path logFile;
    private final Process process;
    private final Thread killOnExit;

    private KeycloakServer(int port, Path logFile, Process process) {
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.killOnExit = new Thread(this::stopProcess, "keycloak-stopper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts Keycloak with the realm file of deploy/keycloak and waits until the realm answers. */
    public static KeycloakServer start(Path workDir) {
        return start(workDir, Map.of());
    }

    /** The same, with environment variables for the realm import (e.g. WORKLANE_WEB_REDIRECT_URI). */
    public static KeycloakServer start(Path workDir, Map<String, String> realmEnv) {
        Path home = Path.of(required("keycloak.home")).toAbsolutePath().normalize();
        Path realm = Path.of(required("keycloak.realm.file")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": run through './mvnw -pl integration-tests "
                    + "verify', which unpacks it (maven-dependency-plugin, pre-integration-test)");
        }
        try {
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, home.resolve("data/import/worklane-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(workDir);
            int port = FreePorts.next();
            Path log = workDir.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--import-realm", "--db=dev-mem", "--health-enabled=false",
                    "--cache=local")
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.putAll(realmEnv);
            KeycloakServer server = new KeycloakServer(port, log, builder.start());
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer Worklane is configured with: {@code http://localhost:<port>/realms/worklane}. */
    public String issuer() {
        return baseUrl("localhost") + "/realms/" + REALM;
    }

    public String baseUrl(String host) {
        return "http://" + host + ":" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** Creates an enabled user with a verified email and a password in the worklane realm. */
    public void createUser(String username, String email, String password) {
        createUser(username, email, password, true);
    }

    /** Creates an enabled user with a password in the worklane realm, its email verified or not. */
    public void createUser(String username, String email, String password, boolean emailVerified) {
        Map<String, Object> user = Map.of("username", username, "email", email, "emailVerified", emailVerified,
                "enabled", true, "firstName", "Test", "lastName", "User",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        admin("POST", "/admin/realms/" + REALM + "/users", user, 201);
    }

    /** Creates a public client with direct access grants and the given extra attributes and mappers. */
    public void createPublicClient(String clientId, Map<String, String> attributes, List<Map<String, Object>> mappers) {
        Map<String, Object> client = Map.of("clientId", clientId, "enabled", true, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false, "attributes", attributes,
                "protocolMappers", mappers);
        admin("POST", "/admin/realms/" + REALM + "/clients", client, 201);
    }

    /** The audience mapper the realm file gives worklane-cli, for clients created by a test. */
    public static Map<String, Object> audienceMapper() {
        return Map.of("name", "audience worklane-api", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper", "config", Map.of("included.client.audience", "worklane-api",
                        "access.token.claim", "true", "id.token.claim", "false"));
    }

    /** Changes realm settings, e.g. {@code accessTokenLifespan} in seconds (fields left out stay as they are). */
    public void updateRealm(Map<String, Object> settings) {
        admin("PUT", "/admin/realms/" + REALM, settings, 204);
    }

    /** Ends every session of the user: its refresh tokens are refused from now on (as after a revocation). */
    public void endSessions(String username) {
        JsonNode users = readJson(admin("GET", "/admin/realms/" + REALM + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null, 200));
        admin("POST", "/admin/realms/" + REALM + "/users/" + users.get(0).get("id").asText() + "/logout", Map.of(), 204);
    }

    /** An access token from the password grant of {@code clientId}, asked of Keycloak at {@code host}. */
    public String accessToken(String host, String clientId, String username, String password) {
        JsonNode token = post(baseUrl(host) + "/realms/" + REALM + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", password,
                "scope", "openid"));
        return token.get("access_token").asText();
    }

    private String adminToken() {
        return post(baseUrl("localhost") + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", ADMIN, "password", ADMIN_PASSWORD))
                .get("access_token").asText();
    }

    private String admin(String method, String path, Object body, int expected) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl("localhost") + path))
                    .header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + url + " -> " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        URI probe = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Keycloak not ready within " + READY_TIMEOUT + "; see " + logFile);
    }

    /** Stops Keycloak (SIGTERM, then SIGKILL after 30 s), its child processes included. */
    public void stop() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    private void stopProcess() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (failsafe sets it)");
        }
        return value;
    }
}
