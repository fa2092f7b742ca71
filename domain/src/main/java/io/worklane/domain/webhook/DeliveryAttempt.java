package io.worklane.domain.webhook;

import java.time.Instant;

/**
 * One attempt at a delivery, as the delivery log shows it.
 *
 * @param statusCode   the receiver's HTTP status; null when there was no response (refused target, timeout)
 * @param error        why the attempt failed, as a sentence; null on success
 * @param responseBody the start of the receiver's answer, truncated
 */
public record DeliveryAttempt(Instant attemptedAt, Integer statusCode, int latencyMs, String error,
                              String responseBody) {
    /** How much of a response body is kept in the log. */
    public static final int STORED_BODY_CHARS = 1024;

    public static String truncated(String body) {
        if (body == null || body.length() <= STORED_BODY_CHARS) {
            return body;
        }
        return body.substring(0, STORED_BODY_CHARS) + "…";
    }
}
