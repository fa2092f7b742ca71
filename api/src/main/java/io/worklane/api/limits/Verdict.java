package io.worklane.api.limits;

import io.vertx.core.http.HttpServerResponse;

/**
 * The limiter's answer for one request, as the client sees it: {@code RateLimit-Limit} (the bucket's
 * size), {@code RateLimit-Remaining} (requests left now), {@code RateLimit-Reset} (seconds until the
 * bucket is full again) and, when refused, {@code Retry-After} (seconds until the next request is allowed).
 */
public record Verdict(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String RETRY_AFTER = "Retry-After";

    void writeHeaders(HttpServerResponse response) {
        response.headers()
                .set(LIMIT, Long.toString(limit))
                .set(REMAINING, Long.toString(remaining))
                .set(RESET, Long.toString(resetSeconds));
        if (!allowed) {
            response.headers().set(RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
    }

    /** Whole seconds, rounded up: a client that waits that long is never early. */
    static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
