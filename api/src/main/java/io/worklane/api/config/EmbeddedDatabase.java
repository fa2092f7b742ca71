package io.worklane.api.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded default: a real PostgreSQL server (shipped as a Maven artifact) whose files live
 * under the data directory, so data survives restarts and a newcomer needs nothing but a JDK.
 *
 * <p>The library is made for tests: it starts PostgreSQL with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}. {@link #durable} turns both back on (and {@code full_page_writes}),
 * so an acknowledged write survives a crash of the machine, not only of the process (ADR 0033).
 * Only test fixtures use {@link #forTests}, which keeps the library's fast settings.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    /** What the real default runs with; passed as {@code -c} options after the library's {@code -F}, so they win. */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the real default with its files in {@code dataDir}, keeping existing data. A PostgreSQL
     * left running on that directory by a server that was killed is stopped first.
     */
    public static EmbeddedDatabase durable(Path dataDir) {
        OrphanedPostmaster.stopIfRunning(dataDir);
        return start(dataDir, false, DURABLE, false);
    }

    /** A throw-away cluster for tests (fresh when {@code clean}), with the library's fast, non-durable settings. */
    public static EmbeddedDatabase forTests(Path dataDir, boolean clean) {
        return forTests(dataDir, clean, Map.of());
    }

    /** As {@link #forTests(Path, boolean)}, with server settings of its own (a benchmark's auto_explain). */
    public static EmbeddedDatabase forTests(Path dataDir, boolean clean, Map<String, String> settings) {
        return start(dataDir, clean, settings, true);
    }

    private static EmbeddedDatabase start(Path dataDir, boolean clean, Map<String, String> settings,
                                          boolean stopOnJvmExit) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    // the server stops it itself, after in-flight requests drained (EmbeddedDatabaseHolder)
                    .setRegisterShutdownHook(stopOnJvmExit)
                    .setServerConfig("max_connections", "100");
            settings.forEach(builder::setServerConfig);
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** The Quarkus datasource settings that point at this server. */
    public Map<String, String> datasourceConfig() {
        int port = postgres.getPort();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres");
        config.put("quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres");
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        return config;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
