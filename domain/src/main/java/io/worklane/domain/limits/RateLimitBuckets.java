package io.worklane.domain.limits;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Port: token buckets shared by every instance (ADR 0034). An instance leases tokens in batches and
 * spends them itself, so the store is asked once per batch, not once per request.
 */
public interface RateLimitBuckets {
    /**
     * Atomically: refills the bucket for the time passed since it was last touched (a bucket never
     * seen is full), adds back {@code giveBack} tokens an earlier lease did not spend, and takes up to
     * {@code want} whole tokens.
     */
    Uni<Grant> lease(String bucket, BucketSize size, int want, int giveBack);

    /** Adds back the unspent tokens of expired leases (no tokens taken), in one round trip. */
    Uni<Void> giveBack(List<Unspent> unspent, BucketSize size);

    /**
     * Forgets buckets nobody touched for longer than a bucket takes to fill: they are full, which is
     * the same as absent. Answers how many were forgotten.
     */
    Uni<Integer> forgetFull();

    /** Tokens a lease did not spend before it expired. */
    record Unspent(String bucket, int tokens) {
    }
}
