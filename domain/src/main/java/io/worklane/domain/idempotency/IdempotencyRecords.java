package io.worklane.domain.idempotency;

import io.smallrye.mutiny.Uni;
import java.time.Instant;

/** Port: Idempotency-Key records, per credential, outside the use case's transaction. */
public interface IdempotencyRecords {
    /**
     * Claims the key for a request at {@code at}. Emits null when the caller now owns the key (new,
     * expired 24 hours after {@code at}, or abandoned in flight for 5 minutes); otherwise the existing
     * record. {@code at} marks the claim: only its owner completes or releases it.
     */
    Uni<IdempotencyRecord> claim(String credentialId, String key, String operation, String requestHash, Instant at);

    /** Keeps the response of the claim made at {@code claimedAt}; nothing when another took the key over since. */
    Uni<Void> complete(String credentialId, String key, Instant claimedAt, RecordedResponse response);

    /**
     * Forgets the claim made at {@code claimedAt}, whose request failed, so that a retry with the same key
     * runs again; a claim taken over since is left alone.
     */
    Uni<Void> release(String credentialId, String key, Instant claimedAt);
}
