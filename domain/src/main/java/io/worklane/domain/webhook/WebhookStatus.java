package io.worklane.domain.webhook;

/** Whether a subscription is delivered to: ACTIVE, or DISABLED by a client (or, later, by failing). */
public enum WebhookStatus {
    ACTIVE,
    DISABLED
}
