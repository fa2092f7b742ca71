package io.worklane.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Worklane server ({@code java -jar quarkus-run.jar}) running as a child process, the way
 * an operator runs it: its own data directory (embedded PostgreSQL included), a free port, and
 * optionally a bootstrap admin key. Its console output goes to a log file next to the data directory.
 */
public final class WorklaneServer implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final Process process;
    private final Thread killOnExit;
    private Duration startedIn;

    private WorklaneServer(Path dataDir, Path logFile, int port, Process process) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
        this.process = process;
        // if the test JVM ends without stopping the server (killed, timed out), do not leave it running
        this.killOnExit = new Thread(this::stopProcesses, "worklane-server-stopper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the server on {@code dataDir} (created if needed) and waits until it is ready.
     *
     * @param adminKey the value for WORKLANE_BOOTSTRAP_ADMIN_KEY, or {@code null} to let the server
     *                 generate (first start) or keep (later starts) its admin key
     */
    public static WorklaneServer start(Path dataDir, String adminKey) {
        return start(dataDir, adminKey, Map.of());
    }

    /** As {@link #start(Path, String)}, with more environment variables for the server (e.g. a datasource). */
    public static WorklaneServer start(Path dataDir, String adminKey, Map<String, String> extraEnv) {
        return start(dataDir, adminKey, extraEnv, List.of("-Xmx512m"));
    }

    /** As {@link #start(Path, String, Map)}, with these JVM options instead of {@code -Xmx512m}. */
    public static WorklaneServer start(Path dataDir, String adminKey, Map<String, String> extraEnv,
                                       List<String> jvmOptions) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(dataDir, adminKey, extraEnv, jvmOptions);
            } catch (PortTaken e) {
                // another process took the free port between our probe and the server's bind: try another one
                if (attempt == 3) {
                    throw new IllegalStateException(e.getMessage());
                }
            }
        }
    }

    /**
     * As {@link #start(Path, String, Map)} on a given port (a load balancer's configuration names it),
     * without waiting for readiness when {@code awaitReady} is false (the caller watches it come up).
     */
    public static WorklaneServer startOnPort(int port, Path dataDir, String adminKey, Map<String, String> extraEnv,
                                             boolean awaitReady) {
        return launch(port, dataDir, adminKey, extraEnv, List.of("-Xmx512m"), awaitReady);
    }

    /**
     * As {@link #start(Path, String, Map)}, with another build of the server: {@code jar} is the
     * {@code quarkus-run.jar} of that build's {@code quarkus-app} (an earlier release, for instance).
     */
    public static WorklaneServer startJar(Path jar, Path dataDir, String adminKey, Map<String, String> extraEnv) {
        return launch(jar, FreePorts.next(), dataDir, adminKey, extraEnv, List.of("-Xmx512m"), true);
    }

    private static WorklaneServer startOnce(Path dataDir, String adminKey, Map<String, String> extraEnv,
                                            List<String> jvmOptions) {
        return launch(FreePorts.next(), dataDir, adminKey, extraEnv, jvmOptions, true);
    }

    private static WorklaneServer launch(int port, Path dataDir, String adminKey, Map<String, String> extraEnv,
                                         List<String> jvmOptions, boolean awaitReady) {
        return launch(ItDirectories.serverJar(), port, dataDir, adminKey, extraEnv, jvmOptions, awaitReady);
    }

    private static WorklaneServer launch(Path jar, int port, Path dataDir, String adminKey, Map<String, String> extraEnv,
                                         List<String> jvmOptions, boolean awaitReady) {
        Path logFile = nextLogFile(dataDir.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        // the child sees only what this test decides: no datasource, port or key leaking in from the shell
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("WORKLANE_") || name.equals("PORT"));
        env.put("WORKLANE_DATA_DIR", dataDir.toString());
        if (adminKey != null) {
            env.put("WORKLANE_BOOTSTRAP_ADMIN_KEY", adminKey);
        }
        env.putAll(extraEnv);
        try {
            Files.createDirectories(dataDir);
            long spawned = System.nanoTime();
            WorklaneServer server = new WorklaneServer(dataDir, logFile, port, builder.start());
            if (awaitReady) {
                server.awaitReady();
                server.startedIn = Duration.ofNanos(System.nanoTime() - spawned);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /** From starting the process to the first 200 of {@code /q/health/ready} (polled every 20 ms). */
    public Duration startedIn() {
        return startedIn;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    public Path adminKeyFile() {
        return dataDir.resolve("admin-api-key");
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the server gracefully (SIGTERM), forcibly after 30 s; the data directory is kept. */
    public void stop() {
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    /**
     * Kills the server with SIGKILL, as a crash would: {@code destroyForcibly} on the java process
     * itself (started directly, no wrapper script), which gets no chance to finish anything. The
     * embedded PostgreSQL, a separate process, is then stopped too, so a restart can take the data
     * directory; what it had committed is on disk either way.
     */
    public void kill() {
        process.destroyForcibly();
        waitFor(process, Duration.ofSeconds(10));
        stopOrphanedPostgres();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    /**
     * A crash of the whole machine's worth of processes: SIGKILL to the embedded PostgreSQL (its
     * postmaster and every backend) and to the server, one right after the other, so that commits in
     * flight are cut off wherever they are. Nothing is stopped cleanly.
     */
    public void killWithPostgres() {
        Optional<ProcessHandle> postmaster = embeddedPostmaster();
        postmaster.ifPresent(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
        postmaster.ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor(process, Duration.ofSeconds(10));
        postmaster.ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        removeStopHook();
    }

    /** SIGTERM, as Kubernetes and systemd stop a process, without waiting: see {@link #awaitExit}. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the server process to end; false if it still runs after {@code timeout}. */
    public boolean awaitExit(Duration timeout) {
        boolean exited = waitFor(process, timeout);
        if (exited) {
            removeStopHook();
        }
        return exited;
    }

    /** SIGKILL to the server alone: its embedded PostgreSQL, a daemon of its own, keeps running. */
    public void killServerOnly() {
        process.destroyForcibly();
        waitFor(process, Duration.ofSeconds(10));
        removeStopHook();
    }

    /** The embedded PostgreSQL's postmaster, as its {@code postmaster.pid} names it, while it runs. */
    public Optional<ProcessHandle> embeddedPostmaster() {
        return readPid(dataDir.resolve("postgres").resolve("postmaster.pid")).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
    }

    /** The port of the embedded PostgreSQL (the fourth line of its {@code postmaster.pid}). */
    public int embeddedPostgresPort() {
        try {
            return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"),
                    StandardCharsets.UTF_8).get(3).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeStopHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    public long pid() {
        return process.pid();
    }

    public String command() {
        return process.info().command().orElse("");
    }

    private void stopProcesses() {
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(process, STOP_TIMEOUT)) {
                System.err.println("[it] server pid " + process.pid() + " did not stop within " + STOP_TIMEOUT
                        + "; killing it. Log: " + logFile);
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
        }
        stopOrphanedPostgres();
    }

    @Override
    public void close() {
        stop();
    }

    /** The last lines of the server's console output, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log " + logFile + " unreadable: " + e + ")";
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log when the server dies or takes too long. */
    public void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String tail = logTail(60);
                stop(); // the embedded PostgreSQL may have started before the server failed
                if (tail.contains("Port already bound") || tail.contains("Address already in use")
                        || tail.contains("seems to be in use by another process")) {
                    throw new PortTaken("port " + port + " was taken. Log " + logFile + ":\n" + tail);
                }
                throw new IllegalStateException("The Worklane server exited with code " + process.exitValue()
                        + " before it was ready. Log " + logFile + ":\n" + tail);
            }
            try {
                lastStatus = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            sleep(Duration.ofMillis(20));
        }
        String tail = logTail(60);
        stop();
        throw new IllegalStateException("The Worklane server was not ready within " + READY_TIMEOUT
                + " (last /q/health/ready status " + lastStatus + "). Log " + logFile + ":\n" + tail);
    }

    /**
     * The embedded PostgreSQL runs as a separate (daemonised) process; after a forced kill of the
     * server it would live on and hold the data directory. Stop it by the pid it wrote itself.
     */
    private void stopOrphanedPostgres() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        Optional<ProcessHandle> postgres = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(c -> c.contains("postgres")).orElse(false));
        postgres.ifPresent(handle -> {
            System.err.println("[it] stopping the embedded PostgreSQL left behind (pid " + handle.pid() + ")");
            handle.destroy();
            try {
                handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code server-<n>.log} in {@code dir}, numbered by start so a restart keeps the earlier log. */
    private static Path nextLogFile(Path dir) {
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve("server-" + n + ".log");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message);
        }
    }

    /** A port free now, in the range {@link FreePorts} hands out (below the ephemeral ports). */
    public static int freePort() {
        return FreePorts.next();
    }
}
