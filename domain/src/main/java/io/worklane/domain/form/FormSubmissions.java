package io.worklane.domain.form;

import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/** Port: accepted submissions. (Their rate limit is a shared bucket, {@code RateLimitBuckets}.) */
public interface FormSubmissions {
    Uni<Void> insert(FormSubmission submission);

    /** The submission of this form whose token has this SHA-256. */
    Uni<Optional<FormSubmission>> findByTokenHash(UUID formId, String hash);
}
