package io.worklane.api.application.idempotency;

import io.worklane.domain.shared.Sha256;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.idempotency.IdempotencyRecords;
import io.worklane.domain.idempotency.RecordedResponse;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotency-Key handling for creates (REST POST and GraphQL create mutations). Per credential and
 * key: the first request runs and its response is kept for 24 hours; the same request again gets
 * that response replayed; another request with the key gets 422; a request while the first is
 * still running gets 409. A request that failed frees its key: a retry runs it again.
 */
@ApplicationScoped
public class Idempotency {
    public static final int MAX_KEY_LENGTH = 255;
    private final IdempotencyRecords records;
    private final Now now;

    public Idempotency(IdempotencyRecords records, Now now) {
        this.records = records;
        this.now = now;
    }

    /**
     * @param operation   what is being done, e.g. "POST /api/v1/workspaces/acme/work-items"
     * @param request     the request in a canonical text form (its JSON body); only its hash is kept
     * @param work        the use case, run at most once per key
     */
    public Uni<RecordedResponse> run(Caller caller, String key, String operation, String request,
                                   Supplier<Uni<RecordedResponse>> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw DomainException.validation(List.of(new FieldError("Idempotency-Key", "INVALID_VALUE",
                    "must be 1–" + MAX_KEY_LENGTH + " characters")));
        }
        String hash = Sha256.hex(operation + "\n" + request);
        Instant at = now.instant();
        return records.claim(caller.credentialId(), key, operation, hash, at).chain(existing -> {
            if (existing == null) {
                // a request presumed abandoned and taken over must not overwrite or free its successor's claim
                return Uni.createFrom().deferred(() -> work.get())
                        .call(response -> records.complete(caller.credentialId(), key, at, response))
                        .onFailure().call(() -> records.release(caller.credentialId(), key, at));
            }
            if (!existing.requestHash().equals(hash)) {
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key '" + key
                        + "' was used for a different request. Use a new key for a new request.");
            }
            if (existing.response() == null) {
                throw new DomainException(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS, "A request with the "
                        + "Idempotency-Key '" + key + "' is still being processed. Retry in a moment.");
            }
            return Uni.createFrom().item(existing.response());
        });
    }
}
