package io.worklane.domain.workitem;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * Port: the manual order of a project's items (ADR 0052), read and written inside the moving use case's
 * transaction. {@link #lock} serialises every rank write of a project (moves, and creations, which take
 * the same row for their number), so two concurrent moves never compute the same key.
 */
public interface WorkItemRanks {
    /** Holds the project's order until the transaction ends. */
    Uni<Void> lock(UUID projectId);

    /** The item's rank as this transaction sees it. */
    Uni<String> rankOf(UUID itemId);

    /**
     * The rank next to {@code rank} in the project: the greatest below it ({@code below}) or the least
     * above it, leaving out {@code moving}; null when there is none.
     */
    Uni<String> next(UUID projectId, String rank, boolean below, UUID moving);

    /** Gives the item its new rank: a change of the item (its version and updatedAt move on). */
    Uni<WorkItem> move(WorkItem item, String rank, Instant at);
}
