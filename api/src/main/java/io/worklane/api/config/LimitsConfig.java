package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Request limits and cross-origin access (ADR 13); each key also reads from the environment. */
@ConfigMapping(prefix = "worklane")
public interface LimitsConfig {
    /** The rate limit per credential (API key, user, or client address for unauthenticated calls). */
    RateLimit rateLimit();

    /** Which browser origins may call the API (CORS). */
    Cors cors();

    interface RateLimit {
        /**
         * Requests a credential may make per minute (WORKLANE_RATE_LIMIT_PER_MINUTE), across all instances:
         * a token bucket of this size in PostgreSQL, refilled evenly over a minute, so short bursts up to
         * the full amount are allowed (ADR 0034). Give every instance the same value.
         */
        @WithDefault("600")
        int perMinute();
    }

    interface Cors {
        /**
         * Exact origins allowed to call the API from a browser, comma-separated
         * (WORKLANE_CORS_ORIGINS, e.g. {@code https://app.example.com,http://localhost:5173}).
         * None by default: cross-origin browser calls are refused.
         */
        Optional<List<String>> origins();
    }
}
