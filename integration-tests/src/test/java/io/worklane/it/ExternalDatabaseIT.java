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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The Secrets the Kubernetes overlays read (deploy/kubernetes/base/worklane/deployment.yaml): a
     * Secret whose key is there but empty, or holds something malformed (a hex key where base64 is
     * wanted), reaches the server as that value. It refuses to start, exit code 2, naming the variable
     * and the Secret; nothing is started. (A Secret or key that is absent altogether stops the pod at
     * the kubelet: none of those references is optional, which KubernetesManifestsTest checks.)
     */
    @ParameterizedTest(name = "{0}=''{1}''")
    @CsvSource(delimiter = '|', value = {
        "WORKLANE_BOOTSTRAP_ADMIN_KEY | ''                                                               | WORKLANE_BOOTSTRAP_ADMIN_KEY is set but empty: is the key missing from its Secret (worklane-admin",
        "WORKLANE_SECRETS_KEY         | ''                                                               | WORKLANE_SECRETS_KEY must be 32 random bytes in base64",
        "WORKLANE_SECRETS_KEY         | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | WORKLANE_SECRETS_KEY must be 32 random bytes in base64 (44 characters; make one with 'openssl rand -base64 32')",
        "QUARKUS_DATASOURCE_USERNAME  | ''                                                               | QUARKUS_DATASOURCE_USERNAME is not set or empty: an external PostgreSQL needs its credentials (on Kubernetes, from the secret CloudNativePG made: worklane-db-app)",
    })
    void aSecretOfTheOverlaysThatIsEmptyOrMalformedStopsTheServerWithAReason(String variable, String value, String reason) {
        Path dir = ItDirectories.fresh(ExternalDatabaseIT.class.getSimpleName() + "-secret");
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:5432/worklane",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/worklane",
                "QUARKUS_DATASOURCE_USERNAME", "worklane",
                "QUARKUS_DATASOURCE_PASSWORD", "worklane",
                "WORKLANE_SECRETS_KEY", "aXQ6IG9uZSBzZWFsaW5nIGtleSBmb3IgYWxsIGluc3Q=",
                "WORKLANE_BOOTSTRAP_ADMIN_KEY", AdminKeys.random()));
        env.put(variable, value == null ? "" : value);
        assertThatThrownBy(() -> WorklaneServer.start(dir.resolve("data"), null, env))
                .hasMessageContaining("exited with code 2")
                .hasMessageContaining(reason);
        assertThat(dir.resolve("data").resolve("postgres")).as("nothing started").doesNotExist();
        assertThat(dir.resolve("data").resolve("admin-api-key")).as("no key generated").doesNotExist();
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
