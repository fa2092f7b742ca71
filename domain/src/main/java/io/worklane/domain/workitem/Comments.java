package io.worklane.domain.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: comments on work items. */
public interface Comments {
    Uni<Optional<Comment>> find(UUID workspaceId, UUID workItemId, UUID id);

    Uni<Page<Comment>> list(UUID workspaceId, UUID workItemId, PageRequest page);

    /** Comments of each work item, oldest first. */
    Uni<Map<UUID, List<Comment>>> byWorkItems(UUID workspaceId, Collection<UUID> workItemIds);

    /** A keyset page of comments of each work item, oldest first, in one statement. */
    Uni<Map<UUID, Page<Comment>>> pages(UUID workspaceId, Collection<UUID> workItemIds, PageRequest page);

    Uni<Comment> insert(Comment comment);

    /** Saves the edit and keeps {@code previousBody} in the comment's history. */
    Uni<Comment> update(Comment changed, String previousBody);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
