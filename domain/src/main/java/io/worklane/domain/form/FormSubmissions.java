package io.worklane.domain.form;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Port: accepted submissions, and the per-address counts that rate-limit them across instances. */
public interface FormSubmissions {
    Uni<Void> insert(FormSubmission submission);

    /** The submission of this form whose token has this SHA-256. */
    Uni<Optional<FormSubmission>> findByTokenHash(UUID formId, String hash);

    /** Counts one more submission from {@code address} in the minute starting at {@code window}; answers the count. */
    Uni<Integer> countHit(String address, Instant window);

    /** Forgets the counts of minutes before {@code before}. */
    Uni<Void> forgetWindowsBefore(Instant before);
}
