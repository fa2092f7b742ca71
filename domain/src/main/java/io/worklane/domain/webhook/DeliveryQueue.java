package io.worklane.domain.webhook;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
     * Logs the attempt and moves the delivery on; a delivery that failed for good lengthens its
     * subscription's failure streak, one delivered ends it. Answers the streak when it grew.
     */
    Uni<Optional<FailureStreak>> record(ClaimedDelivery delivery, DeliveryAttempt attempt, NextAttempt next);
}
