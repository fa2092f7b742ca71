package io.worklane.domain.workflow.approval;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the approvals requested on work items. Every call is scoped to one workspace. */
public interface Approvals {
    Uni<Approval> insert(Approval approval);

    /**
     * Saves a decided approval if it is still at {@code changed.version()} (the version it was decided
     * on), and answers it at the next version; a writer that slipped in between gets CONFLICT.
     */
    Uni<Approval> update(Approval changed);

    Uni<Optional<Approval>> find(UUID workspaceId, UUID id);

    /** An item's approvals in the order they were requested. */
    Uni<Page<Approval>> forItem(UUID workspaceId, UUID workItemId, PageRequest page);

    /** The approvals of each work item, oldest first (at most 200 each), in one statement. */
    Uni<Map<UUID, List<Approval>>> byWorkItems(UUID workspaceId, Collection<UUID> workItemIds);

    /** A page of each item's approvals, oldest first, in one statement (cursors as {@link #forItem}'s). */
    Uni<Map<UUID, Page<Approval>>> pagesByWorkItems(UUID workspaceId, Collection<UUID> workItemIds, PageRequest page);

    /** The most recently requested approval of the item: what an APPROVAL guard looks at. */
    Uni<Optional<Approval>> latestFor(UUID workspaceId, UUID workItemId);

    /** The latest approval of each item that has one (items without are absent), in one statement. */
    Uni<Map<UUID, Approval>> latestFor(UUID workspaceId, Collection<UUID> workItemIds);
}
