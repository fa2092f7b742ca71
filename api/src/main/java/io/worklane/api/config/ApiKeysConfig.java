package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How API keys are managed (prefix {@code worklane.api-keys}; also WORKLANE_API_KEYS_… in the environment). */
@ConfigMapping(prefix = "worklane.api-keys")
public interface ApiKeysConfig {
    /**
     * How long a rotated key keeps working next to its successor, so that its users can switch
     * without downtime (WORKLANE_API_KEYS_ROTATION_OVERLAP). {@code 0s} ends the old key at once.
     */
    @WithDefault("24h")
    Duration rotationOverlap();

    /**
     * How often the last use of keys, collected in memory on every request, is written to the database
     * in one statement (WORKLANE_API_KEYS_LAST_USED_FLUSH_INTERVAL). A key's {@code lastUsedAt} lags
     * behind by at most this much; what is still in memory is written on shutdown too.
     */
    @WithDefault("30s")
    Duration lastUsedFlushInterval();
}
