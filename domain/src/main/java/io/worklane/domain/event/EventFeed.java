package io.worklane.domain.event;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Port: reading the outbox in order, and letting go of what is older than the retention. */
public interface EventFeed {
    /** Up to {@code limit} events with {@code seq > afterSeq}, in {@code seq} order. */
    Uni<List<StoredEvent>> after(UUID workspaceId, long afterSeq, int limit);

    /** The highest seq taken in the workspace so far (0 when it has no events yet). */
    Uni<Long> lastSeq(UUID workspaceId);

    /** The highest seq removed by retention so far (0 when none): a consumer behind it has a gap. */
    Uni<Long> purgedThrough(UUID workspaceId);

    /** Removes events that occurred before {@code cutoff}, at most {@code batch} of them; answers how many. */
    Uni<Integer> purgeBefore(Instant cutoff, int batch);
}
