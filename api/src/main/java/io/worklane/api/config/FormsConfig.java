package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request intake forms (prefix {@code worklane.forms}; also WORKLANE_FORMS_…), ADR 0076. */
@ConfigMapping(prefix = "worklane.forms")
public interface FormsConfig {
    /**
     * How many submissions one client address may send a minute, to all forms together (WORKLANE_FORMS_RATE_LIMIT).
     * Counted in the shared bucket {@code form:<address>} in PostgreSQL (a burst of this many, refilled over a minute),
     * so every instance counts the same; more is 429 with Retry-After.
     */
    @WithDefault("10")
    int rateLimit();

    /** The largest submission body taken, in bytes (WORKLANE_FORMS_MAX_SUBMISSION_BYTES); larger is 413. */
    @WithDefault("65536")
    int maxSubmissionBytes();
}
