package io.worklane.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster run from the machine's own (Debian) binaries, {@code /usr/lib/postgresql/N/bin},
 * as an operator's external database would be: stopped and started again on the same port, dumped
 * with the {@code pg_dump} of the same installation. Unlike the embedded library's PostgreSQL, these
 * binaries come with {@code pg_dump}/{@code pg_restore}. PostgreSQL refuses to run as root, so as root
 * every program runs as the {@code postgres} user ({@code runuser}).
 */
public final class DebianPostgres implements AutoCloseable {
    public static final String PASSWORD = "postgres";
    private final Path bin;
    private final Path dataDir;
    private final Path logFile;
    private final int port;

    private DebianPostgres(Path bin, Path dataDir, Path logFile, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
    }

    /** The newest installed {@code /usr/lib/postgresql/N/bin} that has a server, if any. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/postgres")) && Files.isExecutable(v.resolve("bin/pg_dump")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String notInstalled() {
        return "SKIPPED: Debian's PostgreSQL server is not installed (/usr/lib/postgresql/N/bin/postgres and pg_dump), "
                + "so this could not be tested (apt-get install postgresql)";
    }

    /** A new cluster in {@code dir} (trust authentication, loopback only), started on a free port. */
    public static DebianPostgres start(Path dir) {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(notInstalled()));
        try {
            Files.createDirectories(dir);
            // the postgres user must reach the cluster through directories the test made (0700 by default)
            for (Path d = dir; d != null && d.startsWith(Path.of(System.getProperty("worklane.work.dir", "/"))); d = d.getParent()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            if (runningAsRoot()) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DebianPostgres pg = new DebianPostgres(bin, dir.resolve("data"), dir.resolve("postgres.log"), FreePorts.next());
        pg.run(Duration.ofSeconds(60), "initdb", "-D", pg.dataDir.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8");
        pg.configure();
        pg.start();
        return pg;
    }

    private void configure() {
        try {
            Files.writeString(dataDir.resolve("postgresql.conf"), String.join("\n",
                    "", "port = " + port, "listen_addresses = 'localhost'",
                    // TCP only: a socket path under target/ would exceed the 107 bytes Unix allows
                    "unix_socket_directories = ''", "max_connections = 100", ""),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the cluster (again) on its port and waits until it accepts connections. */
    public void start() {
        run(Duration.ofSeconds(60), "pg_ctl", "-D", dataDir.toString(), "-l", logFile.toString(), "-w", "start");
    }

    /** {@code pg_ctl stop -m fast}: open sessions are cut (their transactions roll back), then it shuts down cleanly. */
    public void stopFast() {
        run(Duration.ofSeconds(60), "pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
    }

    public int port() {
        return port;
    }

    public int majorVersion() {
        return Integer.parseInt(bin.getParent().getFileName().toString());
    }

    public Path bin(String program) {
        return bin.resolve(program);
    }

    public void createDatabase(String name) {
        try (Connection c = connect("postgres")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", PASSWORD);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The environment that points a Worklane server at {@code database}, with the secrets key its instances share. */
    public Map<String, String> serverEnv(String database, String secretsKey) {
        return Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + port + "/" + database,
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", PASSWORD,
                "WORKLANE_SECRETS_KEY", secretsKey);
    }

    /** Runs one of this installation's programs (as the postgres user when root); fails with its output unless it exits 0. */
    public String run(Duration timeout, String program, String... args) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin(program).toString());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("pg-" + program, ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (!ended) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within " + timeout + ":\n" + text);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ":\n" + text
                        + "\nPostgreSQL log " + logFile + ":\n" + logTail());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A directory the postgres user may write to (dump files go there). */
    public Path dir() {
        return dataDir.getParent();
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            try {
                stopFast();
            } catch (RuntimeException e) {
                System.err.println("[it] could not stop PostgreSQL in " + dataDir + ": " + e.getMessage());
            }
        }
    }
}
