package io.worklane.api.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.worklane.api.config.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for {@code @QuarkusTest}: the embedded one in a fresh directory, or the
 * external database given by QUARKUS_DATASOURCE_REACTIVE_URL (and friends) when set.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") != null) {
            return Map.of();
        }
        try {
            Path dir = Files.createTempDirectory("worklane-test-pg");
            database = EmbeddedDatabase.forTests(dir, true);
            return database.datasourceConfig();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
