package io.worklane.domain.webhook;

/** Where a delivery stands: waiting for an attempt (or the next one), done, or given up after its schedule. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
