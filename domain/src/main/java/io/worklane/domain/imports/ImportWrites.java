package io.worklane.domain.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.workitem.WorkItem;
import java.util.List;
import java.util.UUID;

/**
 * Port: the set-based writes of an import's chunk (ADR 0083), in the session of the chunk's transaction: a range
 * of item numbers taken at once, and the new items in one statement whatever their number.
 */
public interface ImportWrites {
    /**
     * Takes the project's next {@code count} item numbers under its row lock (as a single creation takes one);
     * answers the first.
     */
    Uni<Long> reserveNumbers(UUID projectId, int count);

    /** Inserts new items (numbers already taken, version 0), parents before their children or in the same call. */
    Uni<Void> insertItems(List<WorkItem> items);
}
