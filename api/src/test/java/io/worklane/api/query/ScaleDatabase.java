package io.worklane.api.query;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.worklane.api.config.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded PostgreSQL of the scale benchmark: the tests' one, with auto_explain loaded (off until the
 * benchmark turns it on) and the server's log written to files, so that the plans of the statements the
 * application really sends can be read back. With SCALE_DATA_DIR the cluster is kept there between runs, so
 * that a seeded workspace can be measured again without seeding it again.
 */
public class ScaleDatabase implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            String kept = System.getenv("SCALE_DATA_DIR");
            Path dir = kept == null ? Files.createTempDirectory("worklane-scale-pg") : Path.of(kept);
            database = EmbeddedDatabase.forTests(dir, kept == null, Map.of(
                    "shared_preload_libraries", "auto_explain",
                    "shared_buffers", System.getenv().getOrDefault("SCALE_SHARED_BUFFERS", "128MB"),
                    "logging_collector", "on",
                    "log_directory", "log",
                    "log_filename", "postgresql.log"));
            return database.datasourceConfig();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }

    static Path logOf(String dataDirectory) {
        return Path.of(dataDirectory, "log", "postgresql.log");
    }
}
