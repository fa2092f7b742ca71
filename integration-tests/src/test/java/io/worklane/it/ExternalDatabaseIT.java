package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.it.support.AdminKeys;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.Worklane;
import io.worklane.it.support.WorklaneServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the standard QUARKUS_DATASOURCE_* variables the server uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseIT {

    @Test
    void theConfiguredDatabaseIsUsedAndNoEmbeddedOneStarts() throws Exception {
        Path dir = ItDirectories.fresh(ExternalDatabaseIT.class.getSimpleName());
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external-pg"))
                .setCleanDataDirectory(true).start()) {
            int port = external.getPort();
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + port + "/postgres",
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "WORKLANE_SECRETS_KEY", "aXQ6IG9uZSBzZWFsaW5nIGtleSBmb3IgYWxsIGluc3Q=");
            String key = AdminKeys.random();
            try (WorklaneServer server = WorklaneServer.start(dir.resolve("data"), key, env)) {
                Worklane api = Worklane.connect(server.baseUri(), key);
                api.aWorkspace("external");

                assertThat(Files.exists(server.dataDir().resolve("postgres"))).as("no embedded cluster").isFalse();
                assertThat(slugsIn(external)).containsExactly("external");
            }
        }
    }

    @Test
    void aBootstrapKeyThatIsTooShortStopsTheServerWithAReason() {
        Path dir = ItDirectories.fresh(ExternalDatabaseIT.class.getSimpleName() + "-shortkey");
        assertThatThrownBy(() -> WorklaneServer.start(dir.resolve("data"), "wl_short"))
                .hasMessageContaining("WORKLANE_BOOTSTRAP_ADMIN_KEY must start with 'wl_' and have at least 32");
    }

    @Test
    void aSecretWithoutItsPasswordStopsTheServerWithAReason() {
        Path dir = ItDirectories.fresh(ExternalDatabaseIT.class.getSimpleName() + "-nopassword");
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:5432/worklane",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/worklane",
                "QUARKUS_DATASOURCE_USERNAME", "worklane",
                "QUARKUS_DATASOURCE_PASSWORD", "");
        assertThatThrownBy(() -> WorklaneServer.start(dir.resolve("data"), AdminKeys.random(), env))
                .hasMessageContaining("exited with code 2")
                .hasMessageContaining("QUARKUS_DATASOURCE_PASSWORD is not set or empty");
        assertThat(Files.exists(dir.resolve("data").resolve("postgres"))).as("nothing started").isFalse();
    }

    @Test
    void anExternalDatabaseWithoutASecretsKeyStopsTheServerWithAReason() {
        Path dir = ItDirectories.fresh(ExternalDatabaseIT.class.getSimpleName() + "-nosecretskey");
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:5432/worklane",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/worklane",
                "QUARKUS_DATASOURCE_USERNAME", "worklane",
                "QUARKUS_DATASOURCE_PASSWORD", "worklane");
        assertThatThrownBy(() -> WorklaneServer.start(dir.resolve("data"), AdminKeys.random(), env))
                .hasMessageContaining("exited with code 2")
                .hasMessageContaining("WORKLANE_SECRETS_KEY (or WORKLANE_SECRETS_KEY_FILE) is not set");
        assertThat(Files.exists(dir.resolve("data").resolve("secrets.key"))).as("no key generated").isFalse();
    }

    private static List<String> slugsIn(EmbeddedPostgres postgres) throws Exception {
        List<String> slugs = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT slug FROM workspaces")) {
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
        }
        return slugs;
    }

}
