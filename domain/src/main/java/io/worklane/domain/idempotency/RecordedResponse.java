package io.worklane.domain.idempotency;

/** The first response to an idempotent request, kept to be replayed: status, body and Location. */
public record RecordedResponse(int status, String body, String location) {
}
