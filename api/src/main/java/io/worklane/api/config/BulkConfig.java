package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bulk changes of work items (prefix {@code worklane.bulk}; also WORKLANE_BULK_…), ADR 0060. */
@ConfigMapping(prefix = "worklane.bulk")
public interface BulkConfig {
    /**
     * The most items a bulk change answers at once (WORKLANE_BULK_SYNC_LIMIT); a change of more items is queued
     * as a background job and answered 202.
     */
    @WithDefault("1000")
    int syncLimit();
}
