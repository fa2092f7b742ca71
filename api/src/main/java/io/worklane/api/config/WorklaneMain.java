package io.worklane.api.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts Worklane. Without a configured datasource it first starts the embedded PostgreSQL under
 * {@code WORKLANE_DATA_DIR}/postgres and points Quarkus at it; with the standard
 * {@code QUARKUS_DATASOURCE_*} variables it uses that database and starts none. Settings that come from
 * secrets are checked first ({@link DeploymentSettings}): a bad one stops the start with what to fix.
 */
@QuarkusMain
public final class WorklaneMain {
    private WorklaneMain() {
    }

    public static void main(String... args) {
        List<String> problems = DeploymentSettings.of(System.getenv()).problems();
        if (!problems.isEmpty()) {
            System.err.println("Worklane cannot start:");
            problems.forEach(problem -> System.err.println("  - " + problem));
            System.exit(2);
        }
        if (externalDatabaseConfigured() || generatingClassArchive()) {
            Quarkus.run(args);
            return;
        }
        Path dataDir = DataDirectory.resolve();
        EmbeddedDatabase database = EmbeddedDatabase.durable(dataDir.resolve("postgres"));
        database.datasourceConfig().forEach(System::setProperty);
        EmbeddedDatabaseHolder.hold(database);
        Quarkus.run(null, WorklaneMain::exit, args);
    }

    /** Quarkus's default exit, but with the embedded PostgreSQL stopped first (a failed start leaves none behind). */
    private static void exit(int code, Throwable failure) {
        EmbeddedDatabaseHolder.stopNow();
        if (failure != null) {
            failure.printStackTrace();
        }
        System.exit(code);
    }

    /**
     * The packaging's run that records the classes of the start-up for class-data sharing (README, "Run it";
     * docs/benchmarks.md, "Speed") ends before anything connects: it needs no database, and must not leave one in the
     * package.
     */
    private static boolean generatingClassArchive() {
        return Boolean.getBoolean("quarkus.appcds.generate");
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
