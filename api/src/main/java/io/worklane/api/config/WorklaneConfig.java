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

    /** The key that seals stored secrets (ADR 0044). */
    Secrets secrets();

    interface Secrets {
        /**
         * 32 random bytes in base64 (WORKLANE_SECRETS_KEY; make one with {@code openssl rand -base64 32}). Every
         * instance on one database needs the same. Without it and without a key file, the embedded default
         * keeps a generated one in {@code <data dir>/secrets.key}; with an external database one is required.
         */
        Optional<String> key();

        /** A file holding the key, in base64 (WORKLANE_SECRETS_KEY_FILE), e.g. a mounted Kubernetes Secret. */
        Optional<String> keyFile();

        /**
         * The key being rotated out (WORKLANE_SECRETS_PREVIOUS_KEY): secrets sealed with it are sealed again
         * with the current key at start-up; remove it after one start.
         */
        Optional<String> previousKey();
    }

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
    Log log();

    interface Log {
        /**
         * How the console log is written (WORKLANE_LOG_FORMAT): {@code text} for people, {@code json} for log
         * collectors (one object a line). Anything else stops the start. Applied by {@link LogFormatSwitch}.
         */
        @WithDefault("text")
        Format format();
    }

    enum Format { TEXT, JSON }
}
