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
