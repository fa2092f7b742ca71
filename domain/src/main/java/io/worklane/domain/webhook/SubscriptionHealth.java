package io.worklane.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Policy: a subscription that keeps failing is disabled, and an event says why. Both thresholds
 * must be reached, so a burst of failures in one outage does not disable it, and neither does one
 * old failure on a quiet subscription.
 */
public record SubscriptionHealth(int minFailures, Duration minDuration) {
    /** Five days, as common providers do: long enough to ride out a weekend outage. */
    public static final SubscriptionHealth DEFAULT = new SubscriptionHealth(5, Duration.ofDays(5));

    public SubscriptionHealth {
        if (minFailures < 1 || minDuration.isNegative()) {
            throw new IllegalArgumentException("at least one failure and a non-negative duration");
        }
    }

    /** Why the subscription should be disabled now, as a sentence; empty while it may keep trying. */
    public Optional<String> reasonToDisable(FailureStreak streak, Instant now) {
        if (streak.failures() < minFailures || streak.length(now).compareTo(minDuration) < 0) {
            return Optional.empty();
        }
        return Optional.of("Disabled after " + streak.failures() + " failed deliveries in a row since "
                + streak.since() + " (" + streak.length(now).toDays() + " days). Fix the receiver, then enable"
                + " the subscription again.");
    }
}
