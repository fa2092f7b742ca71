package io.worklane.domain.idempotency;

import io.smallrye.mutiny.Uni;

/** Port: Idempotency-Key records, per credential, outside the use case's transaction. */
public interface IdempotencyRecords {
    /**
     * Claims the key for a request. Emits null when the caller now owns the key (new, expired after
     * 24 hours, or abandoned in flight); otherwise the existing record.
     */
    Uni<IdempotencyRecord> claim(String credentialId, String key, String operation, String requestHash);

    Uni<Void> complete(String credentialId, String key, RecordedResponse response);

    /** Forgets a claim whose request failed, so that a retry with the same key runs again. */
    Uni<Void> release(String credentialId, String key);
}
