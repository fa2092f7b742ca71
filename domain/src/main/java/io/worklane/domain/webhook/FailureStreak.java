package io.worklane.domain.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed deliveries of a subscription since its last success: how many, and since when. One
 * failure is one delivery whose attempts are all used up; any success ends the streak.
 *
 * @param since when the first failure of the streak happened; null when there is none
 */
public record FailureStreak(int failures, Instant since) {
    public static final FailureStreak NONE = new FailureStreak(0, null);

    public FailureStreak {
        if (failures < 0 || (failures == 0) != (since == null)) {
            throw new IllegalArgumentException("a streak has failures and a start, or neither");
        }
    }

    public FailureStreak failed(Instant at) {
        return new FailureStreak(failures + 1, failures == 0 ? at : since);
    }

    public FailureStreak succeeded() {
        return NONE;
    }

    public Duration length(Instant now) {
        return since == null ? Duration.ZERO : Duration.between(since, now);
    }
}
