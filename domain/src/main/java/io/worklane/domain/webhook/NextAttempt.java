package io.worklane.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Policy: what a delivery becomes after an attempt. Success is DELIVERED; a failure is retried after the
 * schedule's next wait (a Retry-After may only lengthen it) until the schedule is used up, then FAILED;
 * 410 is FAILED at once and disables the subscription.
 *
 * @param nextAttemptAt when PENDING, when it is due again; null otherwise
 */
public record NextAttempt(DeliveryStatus status, Instant nextAttemptAt, boolean disableSubscription) {

    /** @param attemptsMade the attempts of this round so far, the one just made included */
    public static NextAttempt after(int attemptsMade, DeliveryOutcome outcome, RetrySchedule schedule,
                                    RandomGenerator jitter, Instant now) {
        return switch (outcome.kind()) {
            case SUCCESS -> new NextAttempt(DeliveryStatus.DELIVERED, null, false);
            case DISABLE -> new NextAttempt(DeliveryStatus.FAILED, null, true);
            case RETRY, RETRY_AFTER -> {
                Optional<Duration> wait = schedule.delayBeforeAttempt(attemptsMade + 1, jitter);
                yield wait.map(w -> new NextAttempt(DeliveryStatus.PENDING, now.plus(outcome.waitBefore(w)), false))
                        .orElseGet(() -> new NextAttempt(DeliveryStatus.FAILED, null, false));
            }
        };
    }

    public boolean failed() {
        return status == DeliveryStatus.FAILED;
    }
}
