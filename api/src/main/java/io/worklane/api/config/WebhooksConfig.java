package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook subscriptions and their delivery (prefix {@code worklane.webhooks}; also WORKLANE_WEBHOOKS_…). */
@ConfigMapping(prefix = "worklane.webhooks")
public interface WebhooksConfig {
    /**
     * How long a rotated-out secret keeps signing deliveries next to the new one
     * (WORKLANE_WEBHOOKS_SECRET_OVERLAP, e.g. 24h), so receivers can switch without rejecting one.
     */
    @WithDefault("24h")
    Duration secretOverlap();

    /**
     * The waits before each attempt (WORKLANE_WEBHOOKS_RETRY_SCHEDULE), comma-separated, the first 0s;
     * each moved by ±10 % at random. Read by {@code RetrySchedule.parse}, which refuses a bad one at start-up.
     */
    @WithDefault("0s,5s,5m,30m,2h,5h,10h,10h")
    String retrySchedule();

    /**
     * Whether webhooks may reach loopback, private, link-local and metadata addresses
     * (WORKLANE_WEBHOOKS_ALLOW_PRIVATE_TARGETS): for development and tests only.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long a receiver has to answer an attempt (WORKLANE_WEBHOOKS_TIMEOUT). */
    @WithDefault("15s")
    Duration timeout();

    /** The largest body sent whole, in bytes (WORKLANE_WEBHOOKS_PAYLOAD_CAP_BYTES); above it the thin form goes. */
    @WithDefault("262144")
    int payloadCapBytes();

    /** The most response body bytes read from a receiver (WORKLANE_WEBHOOKS_RESPONSE_READ_BYTES); the rest is dropped. */
    @WithDefault("65536")
    int responseReadBytes();

    /** The most events one replay re-sends (WORKLANE_WEBHOOKS_REPLAY_CAP). */
    @WithDefault("10000")
    int replayCap();

    /**
     * How long DELIVERED deliveries and their attempts are kept in the log (WORKLANE_WEBHOOKS_DELIVERED_RETENTION);
     * older ones are purged every hour. FAILED and PENDING ones stay until their subscription goes.
     */
    @WithDefault("P30D")
    Duration deliveredRetention();

    Delivery delivery();

    interface Delivery {
        /**
         * Whether this instance fans events out and sends deliveries (WORKLANE_WEBHOOKS_DELIVERY_ENABLED).
         * Every instance may: work is claimed with FOR UPDATE SKIP LOCKED.
         */
        @WithDefault("true")
        boolean enabled();

        /** How often the worker looks for work when nothing woke it (WORKLANE_WEBHOOKS_DELIVERY_POLL_INTERVAL). */
        @WithDefault("250ms")
        Duration pollInterval();

        /** How many deliveries one claim leases (WORKLANE_WEBHOOKS_DELIVERY_BATCH_SIZE). */
        @WithDefault("100")
        int batchSize();

        /** How many attempts this instance has in flight at once (WORKLANE_WEBHOOKS_DELIVERY_CONCURRENCY). */
        @WithDefault("256")
        int concurrency();

        /** How long a claimed delivery is held before another worker may take it (WORKLANE_WEBHOOKS_DELIVERY_LEASE). */
        @WithDefault("60s")
        Duration lease();
    }
}
