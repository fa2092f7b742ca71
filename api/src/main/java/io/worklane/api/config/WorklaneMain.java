package io.worklane.api.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Starts Worklane. Without a configured datasource it first starts the embedded PostgreSQL under
 * {@code WORKLANE_DATA_DIR}/postgres and points Quarkus at it; with the standard
 * {@code QUARKUS_DATASOURCE_*} variables it uses that database and starts none.
 */
@QuarkusMain
public final class WorklaneMain {
    private WorklaneMain() {
    }

    public static void main(String... args) {
        if (externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        Path dataDir = DataDirectory.resolve();
        EmbeddedDatabase database = EmbeddedDatabase.durable(dataDir.resolve("postgres"));
        database.datasourceConfig().forEach(System::setProperty);
        EmbeddedDatabaseHolder.hold(database);
        Quarkus.run(args);
    }

    private static boolean externalDatabaseConfigured() {
        return isSet("QUARKUS_DATASOURCE_REACTIVE_URL", "quarkus.datasource.reactive.url")
                || isSet("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url");
    }

    private static boolean isSet(String env, String property) {
        String value = System.getenv(env) != null ? System.getenv(env) : System.getProperty(property);
        return value != null && !value.isBlank();
    }
}
