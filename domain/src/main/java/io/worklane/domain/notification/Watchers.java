package io.worklane.domain.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: who watches which work item. Writes belong to the use case's transaction. */
public interface Watchers {
    /**
     * Adds members who do not watch yet for an automatic reason; one who stopped watching stays stopped
     * (only watching again on purpose brings them back).
     */
    Uni<Void> watchAutomatically(UUID workspaceId, UUID workItemId, Collection<UUID> memberIds, WatchReason reason,
                                 Instant at);

    /** {@link #watchAutomatically} of one member on many items (created at the given instants), in one statement. */
    Uni<Void> watchEachAutomatically(UUID workspaceId, UUID memberId, Map<UUID, Instant> workItems, WatchReason reason);

    /** Watching (or not) on purpose: always wins over the automatic reasons. */
    Uni<Void> set(UUID workspaceId, UUID workItemId, UUID memberId, boolean watching, Instant at);

    /** Who watches the item now, seen from inside the use case's transaction. */
    Uni<List<UUID>> watching(UUID workspaceId, UUID workItemId);

    /** The watchers of each item, longest first (at most 200 each), in one statement. */
    Uni<java.util.Map<UUID, List<Watcher>>> byItems(UUID workspaceId, Collection<UUID> workItemIds);

    /** The item's watchers, those who watch longest first. */
    Uni<Page<Watcher>> list(UUID workspaceId, UUID workItemId, PageRequest page);
}
