package io.worklane.domain.idempotency;

/** What is known of an Idempotency-Key: the request it was first used for and, once done, its response. */
public record IdempotencyRecord(String operation, String requestHash, RecordedResponse response) {
}
