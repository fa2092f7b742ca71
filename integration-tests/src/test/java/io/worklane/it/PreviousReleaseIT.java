package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.PreviousRelease;
import io.worklane.it.support.WorklaneServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue #18, item 7, and the migration policy of deploy/README.md ("Upgrades: expand, migrate,
 * contract"): during a rolling update the previous release's server runs beside this one on the schema
 * this one migrated. Both serve the same database at once; the previous release reads what the new one
 * wrote, writes (creations, versioned changes, comments) that the new one reads, and starts although
 * the schema has migrations it does not know. How the previous release is had: ADR 0057.
 */
class PreviousReleaseIT {
    private static final String ADMIN_KEY = "wl_it_previous_release_admin_key_012345678";
    private static final String WS = "/api/v1/workspaces/upgrade";
    private EmbeddedPostgres postgres;
    private WorklaneServer current;
    private WorklaneServer previous;

    @AfterEach
    void stop() throws Exception {
        for (WorklaneServer server : new WorklaneServer[] {previous, current}) {
            if (server != null) {
                server.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void thePreviousReleaseServesTheSchemaOfThisOneBesideIt() throws Exception {
        String unavailable = PreviousRelease.unavailable();
        Assumptions.assumeTrue(unavailable == null, "SKIPPED: " + unavailable);
        Path previousJar = PreviousRelease.serverJar();
        Path dir = ItDirectories.fresh(PreviousReleaseIT.class.getSimpleName());
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(true).start();
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + postgres.getPort() + "/postgres",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "WORKLANE_SECRETS_KEY", "cHJldmlvdXMgcmVsZWFzZTogb25lIHNlYWxpbmcgayE=");

        current = WorklaneServer.start(dir.resolve("current"), ADMIN_KEY, env);
        List<String> migrated = appliedMigrations();
        JsonHttp viaCurrent = new JsonHttp(current.baseUri(), ADMIN_KEY);
        viaCurrent.create("/api/v1/workspaces", Map.of("slug", "upgrade", "name", "Upgrade"));
        viaCurrent.create(WS + "/projects", Map.of("key", "UP", "name", "Upgrade", "kind", "PROJECT"));
        viaCurrent.create(WS + "/work-items", Map.of("project", "UP", "title", "Written by the new release"));

        previous = WorklaneServer.startJar(previousJar, dir.resolve("previous"), ADMIN_KEY, withFutureMigrationsIgnored(env));
        assertThat(appliedMigrations()).as("the previous release migrates nothing, undoes nothing").isEqualTo(migrated);
        JsonHttp viaPrevious = new JsonHttp(previous.baseUri(), ADMIN_KEY);

        JsonNode read = viaPrevious.get(WS + "/work-items/UP-1").expect(200);
        assertThat(read.path("title").asText()).isEqualTo("Written by the new release");
        JsonNode changed = viaPrevious.patch(WS + "/work-items/UP-1", Map.of("title", "Changed by the previous release"),
                r -> r.header("If-Match", "\"0\"")).expect(200);
        assertThat(changed.path("version").asLong()).isEqualTo(1);
        viaPrevious.create(WS + "/work-items", Map.of("project", "UP", "title", "Written by the previous release"));
        viaPrevious.create(WS + "/work-items/UP-1/comments", Map.of("body", "From the previous release"));
        assertThat(viaPrevious.get(WS + "/work-items?limit=10").expect(200).path("items")).hasSize(2);

        JsonNode seen = viaCurrent.get(WS + "/work-items/UP-1").expect(200);
        assertThat(seen.path("title").asText()).isEqualTo("Changed by the previous release");
        assertThat(viaCurrent.patch(WS + "/work-items/UP-1", Map.of("title", "stale"), r -> r.header("If-Match", "\"0\""))
                .status()).as("the version the previous release wrote holds").isEqualTo(412);
        assertThat(viaCurrent.get(WS + "/work-items/UP-2").expect(200).path("title").asText())
                .isEqualTo("Written by the previous release");
        assertThat(viaCurrent.get(WS + "/work-items/UP-1/comments").expect(200).path("items")).hasSize(1);
        List<String> types = new ArrayList<>();
        viaCurrent.get(WS + "/events").expect(200).path("items").forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).as("both releases write the one change feed").containsSubsequence(
                "work_item.created", "work_item.updated", "work_item.created", "comment.created");
        List<String> known = PreviousRelease.migrationsIn(previousJar);
        assertThat(migrated).as("the schema holds the previous release's migrations").containsAll(known);
        List<String> unknown = new ArrayList<>(migrated);
        unknown.removeAll(known);
        System.out.println("[it] previous release " + PreviousRelease.commit() + " served a schema of "
                + migrated.size() + " migrations, " + unknown.size() + " of them newer than it: " + unknown);

        thisReleaseStartsOnASchemaNewerThanItself(dir, env);
    }

    /** This release, in turn the previous one of the next: it starts on a schema with a migration it does not know. */
    private void thisReleaseStartsOnASchemaNewerThanItself(Path dir, Map<String, String> env) throws Exception {
        current.stop();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) SELECT max(installed_rank) + 1, '9999',"
                    + " 'from the next release', 'SQL', 'V9999__from_the_next_release.sql', 0, 'postgres', 0, true"
                    + " FROM flyway_schema_history");
        }
        current = WorklaneServer.start(dir.resolve("current-again"), ADMIN_KEY, env);
        assertThat(new JsonHttp(current.baseUri(), ADMIN_KEY).get(WS + "/work-items/UP-2").expect(200).path("title").asText())
                .isEqualTo("Written by the previous release");
    }

    /**
     * Releases up to 0.1.0 (and main until ADR 0057) lack {@code quarkus.flyway.ignore-migration-patterns=*:future}:
     * Flyway 12 refuses to start them on a schema with migrations they do not know. The operator gives
     * them the setting as a variable (deploy/README.md, "Upgrades"); later releases carry it, which
     * {@link #thisReleaseStartsOnASchemaNewerThanItself} checks of this one.
     */
    private static Map<String, String> withFutureMigrationsIgnored(Map<String, String> env) {
        Map<String, String> previousEnv = new java.util.HashMap<>(env);
        previousEnv.put("QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS", "*:future");
        return previousEnv;
    }

    private List<String> appliedMigrations() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT version FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL AND success ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
