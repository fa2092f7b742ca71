package io.worklane.api.application.form;

import io.smallrye.mutiny.Uni;
import io.worklane.api.config.FormsConfig;
import io.worklane.domain.limits.BucketSize;
import io.worklane.domain.limits.Grant;
import io.worklane.domain.limits.RateLimitBuckets;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Submissions per client address, counted in the shared rate-limit buckets in PostgreSQL (ADR 0034) under
 * {@code form:<address>}, so that every instance agrees and a restart forgets nothing. One lease of one token per
 * attempt, on the pool and outside the use case, so refused attempts count too: guessing costs the same as sending.
 * Full buckets are forgotten by the general limiter's sweep, like every other bucket.
 */
@ApplicationScoped
public class SubmissionLimit {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final RateLimitBuckets buckets;
    private final FormsConfig config;

    public SubmissionLimit(RateLimitBuckets buckets, FormsConfig config) {
        this.buckets = buckets;
        this.config = config;
    }

    /** Takes a token for the attempt; a refusal (429 with the seconds to the next token) when there is none. */
    public Uni<Void> admit(String address) {
        BucketSize size = new BucketSize(config.rateLimit());
        return buckets.lease("form:" + address, size, 1, 0).invoke(grant -> refuseIfEmpty(grant, size))
                .replaceWithVoid();
    }

    private void refuseIfEmpty(Grant grant, BucketSize size) {
        if (grant.granted() < 1) {
            long wait = size.nanosToGain(1 - grant.left());
            throw new TooManySubmissions(size.capacity(), Math.max(1, (wait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
        }
    }
}
