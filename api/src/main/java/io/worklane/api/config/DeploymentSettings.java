package io.worklane.api.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The settings that usually come from secrets and orchestration (a Kubernetes Secret, an operator's
 * credentials), checked before anything starts: a key missing from a Secret arrives as an empty
 * variable, a half-configured database as one URL without the other. Each finding names the variable
 * and what to do; the server then refuses to start instead of starting half-configured (an empty admin
 * key would make every replica generate its own; a missing password fails later, less clearly).
 */
public final class DeploymentSettings {
    private final Function<String, String> settings;

    private DeploymentSettings(Function<String, String> settings) {
        this.settings = settings;
    }

    /** The system property each variable may be given as instead. */
    private static final Map<String, String> PROPERTIES = Map.of(
            "WORKLANE_BOOTSTRAP_ADMIN_KEY", "worklane.bootstrap-admin-key",
            "QUARKUS_DATASOURCE_REACTIVE_URL", "quarkus.datasource.reactive.url",
            "QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url",
            "QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username",
            "QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password",
            "QUARKUS_OIDC_AUTH_SERVER_URL", "quarkus.oidc.auth-server-url",
            "WORKLANE_SECRETS_KEY", "worklane.secrets.key",
            "WORKLANE_SECRETS_KEY_FILE", "worklane.secrets.key-file",
            "WORKLANE_SECRETS_PREVIOUS_KEY", "worklane.secrets.previous-key");

    /** Environment variables first, then the matching system property (worklane.bootstrap-admin-key, …). */
    public static DeploymentSettings of(Map<String, String> env) {
        return new DeploymentSettings(name -> env.containsKey(name) ? env.get(name)
                : System.getProperty(PROPERTIES.get(name)));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String adminKey = settings.apply("WORKLANE_BOOTSTRAP_ADMIN_KEY");
        if (adminKey != null && adminKey.isBlank()) {
            problems.add("WORKLANE_BOOTSTRAP_ADMIN_KEY is set but empty: is the key missing from its Secret "
                    + "(worklane-admin, key admin-api-key)? Give a wl_… key of 32+ characters, or leave the variable unset.");
        }
        String reactive = settings.apply("QUARKUS_DATASOURCE_REACTIVE_URL");
        String jdbc = settings.apply("QUARKUS_DATASOURCE_JDBC_URL");
        if (present(reactive) || present(jdbc)) {
            database(reactive, jdbc, problems);
        }
        secretsKey(present(reactive) || present(jdbc), problems);
        String issuer = settings.apply("QUARKUS_OIDC_AUTH_SERVER_URL");
        if (issuer != null && !httpUrl(issuer)) {
            problems.add("QUARKUS_OIDC_AUTH_SERVER_URL is '" + issuer + "', not an http(s) URL such as "
                    + "https://auth.example.com/realms/worklane (the issuer as it appears in tokens).");
        }
        return problems;
    }

    private void database(String reactive, String jdbc, List<String> problems) {
        if (!present(reactive) || !present(jdbc)) {
            problems.add("Only one of QUARKUS_DATASOURCE_REACTIVE_URL and QUARKUS_DATASOURCE_JDBC_URL is set: set both, "
                    + "to the same database (postgresql://HOST:5432/DB and jdbc:postgresql://HOST:5432/DB).");
        }
        if (present(reactive) && !reactive.startsWith("postgresql://") && !reactive.startsWith("postgres://")) {
            problems.add("QUARKUS_DATASOURCE_REACTIVE_URL must look like postgresql://HOST:5432/DB, not '" + reactive + "'.");
        }
        if (present(jdbc) && !jdbc.startsWith("jdbc:postgresql://")) {
            problems.add("QUARKUS_DATASOURCE_JDBC_URL must look like jdbc:postgresql://HOST:5432/DB, not '" + jdbc + "'.");
        }
        for (String credential : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            if (!present(settings.apply(credential))) {
                problems.add(credential + " is not set or empty: an external PostgreSQL needs its credentials "
                        + "(on Kubernetes, from the secret CloudNativePG made: worklane-db-app).");
            }
        }
    }

    /**
     * The key that seals stored secrets (ADR 0044). Only the embedded default may generate one (into its
     * data directory): instances sharing an external database must share one key, so it must be given.
     */
    private void secretsKey(boolean externalDatabase, List<String> problems) {
        for (String name : List.of("WORKLANE_SECRETS_KEY", "WORKLANE_SECRETS_PREVIOUS_KEY")) {
            String value = settings.apply(name);
            if (value != null) {
                try {
                    SecretsKeyring.decode(value, name);
                } catch (IllegalStateException e) {
                    problems.add(e.getMessage() + (value.isBlank() ? ": it is set but empty (missing from its Secret?)" : ""));
                }
            }
        }
        if (externalDatabase && !present(settings.apply("WORKLANE_SECRETS_KEY"))
                && !present(settings.apply("WORKLANE_SECRETS_KEY_FILE"))) {
            problems.add("WORKLANE_SECRETS_KEY (or WORKLANE_SECRETS_KEY_FILE) is not set: with an external PostgreSQL "
                    + "every instance must seal stored secrets with the same key. Make one with 'openssl rand -base64 32' "
                    + "and give it to every instance (on Kubernetes, the Secret worklane-secrets, key secrets-key).");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean httpUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
