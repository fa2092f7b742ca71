package io.worklane.domain.notification;

import java.time.Duration;

/** How e-mails of a kind are sent: each at once, or gathered into one mail an hour or a day. */
public enum Digest {
    IMMEDIATE(Duration.ZERO), HOURLY(Duration.ofHours(1)), DAILY(Duration.ofDays(1));

    private final Duration period;

    Digest(Duration period) {
        this.period = period;
    }

    /** How long after the last digest the next one is due. */
    public Duration period() {
        return period;
    }
}
