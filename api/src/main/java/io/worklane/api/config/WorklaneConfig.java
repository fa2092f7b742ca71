package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Worklane's own settings; each also reads from the environment (WORKLANE_DATA_DIR, …). */
@ConfigMapping(prefix = "worklane")
public interface WorklaneConfig {
    /** Where the embedded database and the admin key file live (WORKLANE_DATA_DIR). */
    @WithDefault("./data")
    String dataDir();

    /**
     * The instance administrator's API key, chosen instead of generated (WORKLANE_BOOTSTRAP_ADMIN_KEY):
     * at least 32 characters, starting with {@code wl_}. For scripts, tests and Kubernetes secrets.
     */
    Optional<String> bootstrapAdminKey();

    /** Aids for developers of front ends and of Worklane itself. */
    Diagnostics diagnostics();

    interface Diagnostics {
        /**
         * Whether every HTTP response carries the number of SQL statements its request ran, in the
         * {@code Worklane-Sql-Statements} header (WORKLANE_DIAGNOSTICS_SQL_STATEMENTS_HEADER). On in the
         * dev and test profiles; GraphQL reports the same number in {@code extensions.cost.statements} always.
         */
        @WithDefault("false")
        boolean sqlStatementsHeader();
    }
    /**
     * The address people and browsers reach this server at (WORKLANE_PUBLIC_URL), without a trailing slash:
     * the start of signed download links and of the links in e-mails.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
