package io.worklane.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a Secret with a missing or malformed key, or a half-configured database, makes the server say before it starts. */
class DeploymentSettingsTest {
    private static final Map<String, String> EXTERNAL = Map.of(
            "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://worklane-db-rw:5432/worklane",
            "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://worklane-db-rw:5432/worklane",
            "QUARKUS_DATASOURCE_USERNAME", "worklane",
            "QUARKUS_DATASOURCE_PASSWORD", "secret",
            "WORKLANE_SECRETS_KEY", "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");

    @Test
    void nothingConfiguredIsFineTheEmbeddedDatabaseStarts() {
        assertThat(DeploymentSettings.of(Map.of()).problems()).isEmpty();
    }

    @Test
    void aCompleteExternalDatabaseIsFine() {
        assertThat(DeploymentSettings.of(EXTERNAL).problems()).isEmpty();
    }

    @Test
    void anEmptyAdminKeyIsASecretWithoutItsKey() {
        assertThat(DeploymentSettings.of(Map.of("WORKLANE_BOOTSTRAP_ADMIN_KEY", "")).problems())
                .singleElement().asString().contains("WORKLANE_BOOTSTRAP_ADMIN_KEY is set but empty").contains("Secret");
    }

    @Test
    void missingCredentialsAreNamed() {
        Map<String, String> noPassword = new java.util.HashMap<>(EXTERNAL);
        noPassword.put("QUARKUS_DATASOURCE_PASSWORD", " ");
        assertThat(DeploymentSettings.of(noPassword).problems())
                .singleElement().asString().contains("QUARKUS_DATASOURCE_PASSWORD is not set or empty").contains("worklane-db-app");
    }

    @Test
    void oneUrlWithoutTheOtherOrAMalformedOneIsRefused() {
        assertThat(DeploymentSettings.of(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/w",
                "QUARKUS_DATASOURCE_USERNAME", "u", "QUARKUS_DATASOURCE_PASSWORD", "p",
                "WORKLANE_SECRETS_KEY_FILE", "/run/secrets/worklane/secrets-key")).problems())
                .singleElement().asString().contains("Only one of");
        Map<String, String> wrong = new java.util.HashMap<>(EXTERNAL);
        wrong.put("QUARKUS_DATASOURCE_JDBC_URL", "postgresql://worklane-db-rw:5432/worklane");
        assertThat(DeploymentSettings.of(wrong).problems())
                .singleElement().asString().contains("QUARKUS_DATASOURCE_JDBC_URL must look like jdbc:postgresql://");
    }

    @Test
    void anIssuerThatIsNotAUrlIsRefused() {
        assertThat(DeploymentSettings.of(Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", "auth.example.com/realms/worklane"))
                .problems()).singleElement().asString().contains("not an http(s) URL");
    }

    @Test
    void anExternalDatabaseWithoutASecretsKeyIsRefusedTheEmbeddedDefaultMakesItsOwn() {
        Map<String, String> noKey = new java.util.HashMap<>(EXTERNAL);
        noKey.remove("WORKLANE_SECRETS_KEY");
        assertThat(DeploymentSettings.of(noKey).problems()).singleElement().asString()
                .contains("WORKLANE_SECRETS_KEY (or WORKLANE_SECRETS_KEY_FILE) is not set").contains("openssl rand -base64 32");
        noKey.put("WORKLANE_SECRETS_KEY_FILE", "/run/secrets/worklane/secrets-key");
        assertThat(DeploymentSettings.of(noKey).problems()).isEmpty();
    }

    @Test
    void aSecretsKeyThatIsNot32BytesOfBase64IsRefused() {
        assertThat(DeploymentSettings.of(Map.of("WORKLANE_SECRETS_KEY", "hunter2")).problems()).singleElement()
                .asString().contains("WORKLANE_SECRETS_KEY must be 32 random bytes in base64");
        assertThat(DeploymentSettings.of(Map.of("WORKLANE_SECRETS_PREVIOUS_KEY", "")).problems()).singleElement()
                .asString().contains("WORKLANE_SECRETS_PREVIOUS_KEY").contains("set but empty");
    }
}
