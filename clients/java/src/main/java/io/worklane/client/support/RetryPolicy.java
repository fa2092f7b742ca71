package io.worklane.client.support;

import java.time.Duration;

/**
 * When to try a request again: on 429 (rate limited) and 503 (unavailable, e.g. sign-in provider down)
 * after the server's {@code Retry-After}, else after an exponential backoff; on a lost connection only
 * when repeating is safe (GET, HEAD, PUT, DELETE, OPTIONS, or a POST with an Idempotency-Key).
 *
 * @param maxAttempts the most attempts in all, the first included (1 turns retries off)
 * @param firstBackoff the wait before the second attempt when the server names none; doubled each time
 * @param maxWait the longest single wait, also for a larger Retry-After
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxWait) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(60));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1}: the server's Retry-After if it sent one, else the backoff. */
    Duration waitAfter(int attempt, Duration retryAfter) {
        Duration wait = retryAfter != null ? retryAfter : firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 16));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
