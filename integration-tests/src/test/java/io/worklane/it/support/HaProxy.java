package io.worklane.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * HAProxy (Debian's {@code haproxy}) in front of Worklane instances, as an operator would run it:
 * round-robin, an HTTP health check on {@code /q/health/ready} every 500 ms (two failures take an
 * instance out), requests that could not be
 * sent to a stopping instance retried on another. Loopback only; started in the foreground as a child
 * of the test and always stopped.
 */
public final class HaProxy implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path logFile;

    private HaProxy(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Whether {@code haproxy} is installed (`.ci/run` installs it; a JDK-only machine has none). */
    public static boolean installed() {
        return Tools.onPath("haproxy");
    }

    public static HaProxy roundRobin(Path dir, List<Integer> serverPorts) {
        int port = WorklaneServer.freePort();
        String servers = IntStream.range(0, serverPorts.size())
                .mapToObj(i -> "  server worklane-" + (i + 1) + " 127.0.0.1:" + serverPorts.get(i) + " check")
                .collect(Collectors.joining("\n"));
        String config = """
                global
                  maxconn 4000
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 60s
                  timeout server 60s
                  retries 3
                  option redispatch 1
                  retry-on conn-failure empty-response
                frontend api
                  bind 127.0.0.1:%d
                  # an h2c upgrade (the JDK client asks for one) would make HAProxy tunnel the connection to
                  # one server, out of its balancing and retries: clients speak HTTP/1.1 to the balancer
                  http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                  http-request del-header HTTP2-Settings
                  default_backend worklane
                backend worklane
                  balance roundrobin
                  option httpchk GET /q/health/ready
                  http-check expect status 200
                  timeout check 3s
                  default-server inter 500ms fall 2 rise 2
                %s
                """.formatted(port, servers);
        try {
            Files.createDirectories(dir);
            Path configFile = dir.resolve("haproxy.cfg");
            Files.writeString(configFile, config, StandardCharsets.UTF_8);
            Path log = dir.resolve("haproxy.log");
            Process process = new ProcessBuilder("haproxy", "-db", "-f", configFile.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            HaProxy proxy = new HaProxy(process, port, log);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited: " + log());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Tools.sleep(Duration.ofMillis(100));
            }
        }
        throw new IllegalStateException("haproxy is not listening on " + port + ": " + log());
    }

    public String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
