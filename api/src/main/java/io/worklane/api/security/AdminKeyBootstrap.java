package io.worklane.api.security;

import io.quarkus.runtime.StartupEvent;
import io.worklane.api.config.WorklaneConfig;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Makes sure an instance administrator exists. A key from WORKLANE_BOOTSTRAP_ADMIN_KEY becomes the
 * only admin key; otherwise, on first start, a key is generated, printed once to the console (standard
 * output, not the log) and written to {@code <data dir>/admin-api-key} (mode 0600).
 */
@ApplicationScoped
public class AdminKeyBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final ApiKeys apiKeys;
    private final WorklaneConfig config;

    public AdminKeyBootstrap(ApiKeys apiKeys, WorklaneConfig config) {
        this.apiKeys = apiKeys;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.bootstrapAdminKey().isPresent()) {
            useConfiguredKey(config.bootstrapAdminKey().get().trim());
        } else if (!apiKeys.anyUsableInstanceAdmin().await().atMost(WAIT)) {
            ApiKeySecret secret = ApiKeySecret.generate();
            insert(secret, "Generated instance administrator");
            AdminKeyFile.write(java.nio.file.Path.of(config.dataDir()), secret.value());
            java.nio.file.Path file = AdminKeyFile.path(java.nio.file.Path.of(config.dataDir()));
            // straight to the console, never through the logging system: a configured log file (or a log
            // collector) must not receive the key
            System.out.printf("%n  Instance administrator API key (shown once, also in %s):%n%n    %s%n%n", file,
                    secret.value());
            System.out.flush();
            LOG.infof("Generated the instance administrator key %s: printed to the console once and written to %s",
                    secret.displayPrefix(), file);
        }
    }

    private void useConfiguredKey(String value) {
        if (value.length() < 32 || !value.startsWith(ApiKeySecret.PREFIX)) {
            throw new IllegalStateException("WORKLANE_BOOTSTRAP_ADMIN_KEY must start with 'wl_' and have at least "
                    + "32 characters");
        }
        ApiKeySecret secret = new ApiKeySecret(value);
        boolean known = apiKeys.findByHash(secret.hash()).await().atMost(WAIT)
                .filter(key -> key.instanceAdmin() && key.isUsableAt(Instant.now())).isPresent();
        if (!known) {
            apiKeys.upsertInstanceAdmin(adminKey(secret, "Configured instance administrator")).await().atMost(WAIT);
        }
        int revoked = apiKeys.revokeOtherInstanceAdmins(secret.hash()).await().atMost(WAIT);
        LOG.infof("Instance administrator key taken from WORKLANE_BOOTSTRAP_ADMIN_KEY (%s); %d other admin key(s) "
                + "revoked", secret.displayPrefix(), revoked);
    }

    private void insert(ApiKeySecret secret, String name) {
        apiKeys.insert(adminKey(secret, name)).await().atMost(WAIT);
    }

    private static ApiKey adminKey(ApiKeySecret secret, String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new ApiKey(Ids.newId(), null, name, secret.displayPrefix(), secret.hash(), Set.of("admin"), true, now,
                null, null);
    }
}
