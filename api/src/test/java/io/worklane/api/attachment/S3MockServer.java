package io.worklane.api.attachment;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real S3-compatible server for the S3 storage tests: Adobe S3Mock (from Maven Central, copied to
 * target/test-servers by the pom) in a JVM of its own, on free loopback ports, with the bucket the tests use.
 * Its own process because it is a Spring Boot application, which would clash with Quarkus on one classpath.
 */
public class S3MockServer implements QuarkusTestResourceLifecycleManager {
    public static final String BUCKET = "worklane-test";
    private static final Duration START = Duration.ofMinutes(3);
    private Process process;
    private Path root;

    @Override
    public Map<String, String> start() {
        try {
            int http = freePort();
            int https = freePort();
            root = Files.createTempDirectory("worklane-s3mock");
            Path jar = Path.of("target/test-servers/s3mock.jar").toAbsolutePath();
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run the build through Maven (process-test-resources"
                        + " copies S3Mock there)");
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(),
                    "--com.adobe.testing.s3mock.httpPort=" + http, "--server.port=" + https,
                    "--server.address=127.0.0.1",
                    "--com.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.domain.root=" + root, "--logging.level.root=WARN"))
                    .redirectErrorStream(true).redirectOutput(root.resolve("s3mock.log").toFile()).start();
            String endpoint = "http://127.0.0.1:" + http;
            awaitBucket(endpoint);
            return Map.of("worklane.storage.s3.bucket", BUCKET, "worklane.storage.s3.endpoint", endpoint,
                    "worklane.storage.s3.access-key", "test", "worklane.storage.s3.secret-key", "test",
                    "worklane.storage.s3.region", "us-east-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitBucket(String endpoint) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock ended while starting; see " + root.resolve("s3mock.log"));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(endpoint + "/" + BUCKET))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("S3Mock did not start within " + START + "; see " + root.resolve("s3mock.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
