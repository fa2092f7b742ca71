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
 * application really sends can be read back.
 */
public class ScaleDatabase implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.forTests(Files.createTempDirectory("worklane-scale-pg"), true, Map.of(
                    "shared_preload_libraries", "auto_explain",
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
