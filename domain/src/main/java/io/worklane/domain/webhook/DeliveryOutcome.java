package io.worklane.domain.webhook;

import java.time.Duration;

/**
 * What one delivery attempt means for the next: done, try again on the schedule, try again no
 * sooner than the receiver asked, or stop sending to this subscription.
 *
 * @param retryAfter for RETRY_AFTER, the wait the receiver asked for (capped); otherwise null
 * @param reason     a sentence for the delivery log
 */
public record DeliveryOutcome(Kind kind, Duration retryAfter, String reason) {
    public enum Kind { SUCCESS, RETRY, RETRY_AFTER, DISABLE }

    public static DeliveryOutcome success(String reason) {
        return new DeliveryOutcome(Kind.SUCCESS, null, reason);
    }

    public static DeliveryOutcome retry(String reason) {
        return new DeliveryOutcome(Kind.RETRY, null, reason);
    }

    public static DeliveryOutcome retryAfter(Duration wait, String reason) {
        return new DeliveryOutcome(Kind.RETRY_AFTER, wait, reason);
    }

    public static DeliveryOutcome disable(String reason) {
        return new DeliveryOutcome(Kind.DISABLE, null, reason);
    }

    /**
     * The wait before the next attempt, given the schedule's: a Retry-After can only lengthen it,
     * so the receiver is never called sooner than it asked nor sooner than the schedule says.
     */
    public Duration waitBefore(Duration scheduled) {
        return kind == Kind.RETRY_AFTER && retryAfter.compareTo(scheduled) > 0 ? retryAfter : scheduled;
    }
}
