package io.worklane.domain.attachment;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the attachments of a workspace's work items and comments. Every call is scoped to one workspace. */
public interface Attachments {
    Uni<Optional<Attachment>> find(UUID workspaceId, UUID id);

    /** A work item's attachments, oldest first; only those of one comment when {@code commentId} is given. */
    Uni<Page<Attachment>> list(UUID workspaceId, UUID workItemId, UUID commentId, PageRequest page);

    /** The first page of each work item's attachments (all of them, its comments' too), in one statement. */
    Uni<Map<UUID, Page<Attachment>>> firstPages(UUID workspaceId, Collection<UUID> workItemIds, PageRequest page);

    /** The attachments of each comment, oldest first (at most 100 each), in one statement. */
    Uni<Map<UUID, List<Attachment>>> byComments(UUID workspaceId, Collection<UUID> commentIds);

    /** The bytes the workspace's attachments take now. */
    Uni<Long> usedBytes(UUID workspaceId);

    /**
     * Saves the attachment in the use case's transaction, taking its size from what is left of the
     * workspace's {@code quotaBytes} in the same statement: two uploads cannot both fit into the last space.
     * Refuses with ATTACHMENT_QUOTA_EXCEEDED when it does not fit.
     */
    Uni<Attachment> insert(Attachment attachment, long quotaBytes);

    /** Removes the row; its bytes are queued for removal from the store (and its size given back) with it. */
    Uni<Void> delete(UUID workspaceId, UUID id);
}
