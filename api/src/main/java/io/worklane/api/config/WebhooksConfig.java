package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook subscriptions (prefix {@code worklane.webhooks}; also WORKLANE_WEBHOOKS_…). */
@ConfigMapping(prefix = "worklane.webhooks")
public interface WebhooksConfig {
    /**
     * How long a rotated-out secret keeps signing deliveries next to the new one
     * (WORKLANE_WEBHOOKS_SECRET_OVERLAP, e.g. 24h), so receivers can switch without rejecting one.
     */
    @WithDefault("24h")
    Duration secretOverlap();
}
