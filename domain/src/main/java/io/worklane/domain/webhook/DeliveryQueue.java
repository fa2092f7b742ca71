package io.worklane.domain.webhook;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * Port: the work of delivering, shared by every instance through the database. Each call is one
 * transaction; claims skip rows another transaction holds (FOR UPDATE SKIP LOCKED), so instances
 * share the work without sending the same attempt twice.
 */
public interface DeliveryQueue {
    /**
     * Claims up to {@code subscriptions} active subscriptions whose cursor is behind their workspace's
     * events, queues a delivery of each following event (up to {@code eventsEach}) that one wants, and
     * moves its cursor past them, all in one transaction. Answers how many deliveries were queued.
     */
    Uni<Integer> fanOut(int subscriptions, int eventsEach, int capBytes, Instant now);

    /** Leases up to {@code limit} due deliveries until {@code leaseUntil}; each counts as an attempt begun. */
    Uni<List<ClaimedDelivery>> claim(int limit, Instant now, Instant leaseUntil);

    /**
     * Logs a batch of ended attempts in one statement and moves each delivery on, but only where the
     * attempt still holds its lease: a late result never overwrites a newer attempt's. A delivery that
     * failed for good lengthens its subscription's failure streak, one delivered ends it (in the order
     * the attempts ended).
     */
    Uni<RecordedAttempts> record(List<AttemptResult> results);

    /** Removes up to {@code limit} DELIVERED deliveries (and their attempts) last changed before {@code before}. */
    Uni<Integer> purgeDelivered(Instant before, int limit);
}
