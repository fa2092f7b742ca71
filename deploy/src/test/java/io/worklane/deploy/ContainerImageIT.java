package io.worklane.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The image the build made (deploy/target/worklane-image.tar), loaded into podman and run as an
 * operator would, with a memory limit: the server in it answers over HTTP, runs as a non-root user,
 * sizes its heap from the limit, reports healthy through the image's health check, carries its
 * labels, and stops gracefully on {@code podman stop}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.MethodName.class)
class ContainerImageIT {
    private static final String ADMIN_KEY = "wl_it_container_image_admin_key_0123456789";
    private static final List<String> RUN_FLAGS = List.of("--runtime", "runc", "--ulimit", "nofile=20000:20000",
            "--ulimit", "nproc=32768:32768");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String container = "worklane-image-it-" + ProcessHandle.current().pid();
    private String image;
    private URI baseUri;

    @BeforeAll
    void loadAndRun() throws Exception {
        Path tar = Path.of(System.getProperty("worklane.image.tar", "target/worklane-image.tar"));
        Skip.unless(onPath("podman"), "SKIPPED: podman is not installed, so the container image could not "
                + "be run (.ci/run installs Debian's podman)");
        Skip.unless(Files.isRegularFile(tar), "SKIPPED: no image was built (" + tar + "): no JRE base "
                + "was at hand (the build said why under [image]); build one from Debian packages with "
                + "-Dworklane.image.build-base (mmdebstrap, podman, root, the Debian mirror) or name one with "
                + "-Dworklane.image.base=<registry image>");
        String loaded = podman("load", "-i", tar.toString());
        Matcher name = Pattern.compile("Loaded image(?:\\(s\\))?: (\\S+)").matcher(loaded);
        assertThat(name.find()).as("podman load said: " + loaded).isTrue();
        image = name.group(1);
        int port = freePort();
        baseUri = URI.create("http://127.0.0.1:" + port);
        List<String> run = new ArrayList<>(List.of("run", "-d", "--name", container));
        run.addAll(RUN_FLAGS);
        run.addAll(List.of("--memory", "1g", "-p", "127.0.0.1:" + port + ":8080",
                "-e", "WORKLANE_BOOTSTRAP_ADMIN_KEY=" + ADMIN_KEY,
                "--health-cmd", "/deployments/healthcheck", "--health-interval", "10s", image));
        podman(run.toArray(String[]::new));
        awaitReady();
    }

    @AfterAll
    void remove() {
        quietly("rm", "--force", "--time", "5", container);
        if (image != null) {
            quietly("rmi", "--force", image);
        }
    }

    @Test
    void theServerInTheContainerServesTheApi() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(baseUri.resolve("/api/v1/workspaces"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"boxed\",\"name\":\"In a container\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> listed = send(HttpRequest.newBuilder(baseUri.resolve("/api/v1/workspaces")).GET());
        assertThat(JSON.readTree(listed.body()).path("items").findValuesAsText("slug")).contains("boxed");
    }

    @Test
    void itRunsAsANonRootUserAndItsHeapFollowsTheMemoryLimit() throws Exception {
        assertThat(podman("exec", container, "id", "-u").trim()).isEqualTo("185");
        double heap = 0;
        String metrics = send(HttpRequest.newBuilder(baseUri.resolve("/q/metrics")).GET()).body();
        Matcher max = Pattern.compile("(?m)^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)").matcher(metrics);
        while (max.find()) {
            heap += Math.max(0, Double.parseDouble(max.group(1)));
        }
        assertThat(heap / (1 << 20)).as("max heap in MiB with a 1 GiB limit and MaxRAMPercentage=50").isBetween(400.0, 560.0);
    }

    @Test
    void theImagesHealthCheckAndLabelsAreThere() throws Exception {
        assertThat(podman("healthcheck", "run", container).trim()).as("podman healthcheck run").isIn("", "healthy");
        JsonNode config = JSON.readTree(podman("image", "inspect", image)).get(0);
        assertThat(config.path("Labels").path("org.opencontainers.image.title").asText()).isEqualTo("Worklane");
        assertThat(config.path("Labels").path("org.opencontainers.image.version").asText()).isNotBlank();
        assertThat(config.path("Config").path("User").asText()).isEqualTo("185:185");
    }

    @Test
    void zStopIsGraceful() throws Exception {
        podman("stop", "--time", "30", container);
        String logs = podman("logs", container);
        assertThat(logs).contains("worklane stopped in").doesNotContain("Timed out waiting for graceful shutdown");
        assertThat(podman("inspect", "--format", "{{.State.ExitCode}}", container).trim()).isIn("0", "143");
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(HttpRequest.newBuilder(baseUri.resolve("/q/health/ready")).GET()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            if (!podman("inspect", "--format", "{{.State.Running}}", container).trim().equals("true")) {
                throw new AssertionError("the container stopped: " + quietly("logs", container));
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the server in the container was not ready in 5 minutes: " + quietly("logs", container));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + ADMIN_KEY).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String podman(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static String quietly(String... args) {
        try {
            return podman(args);
        } catch (Exception | AssertionError e) {
            return e.getMessage();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
