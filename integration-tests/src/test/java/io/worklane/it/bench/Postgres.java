package io.worklane.it.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The benchmark's PostgreSQL: a cluster of its own, durable as in production (fsync and synchronous commit on). */
final class Postgres {
    private Postgres() {
    }

    static EmbeddedPostgres durable(Path dir) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB").start();
    }

    static Map<String, String> datasource(int port) {
        return Map.of("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + port + "/postgres",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "WORKLANE_RATE_LIMIT_PER_MINUTE", "100000000", "WORKLANE_SECRETS_KEY", "aXQ6IG9uZSBzZWFsaW5nIGtleSBmb3IgYWxsIGluc3Q=");
    }
}
