package io.worklane.domain.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Port: the mentions of texts, and who in a workspace a mentioned name is. */
public interface Mentions {
    /**
     * The members of the workspace the names stand for: by address, or by handle when exactly one member has
     * it. A name that is nobody in this workspace is left out, whoever it may be elsewhere.
     */
    Uni<Set<UUID>> resolve(UUID workspaceId, Collection<String> names);

    /**
     * Makes {@code memberIds} the mentions of one text (the item's description when {@code commentId} is null),
     * in the use case's transaction; answers the members who were not mentioned in it before.
     */
    Uni<Set<UUID>> replace(UUID workspaceId, UUID workItemId, UUID commentId, Set<UUID> memberIds, Instant at);

    /** The item's mentions, its description's and its comments', oldest first. */
    Uni<Page<Mention>> list(UUID workspaceId, UUID workItemId, PageRequest page);

    /** The mentions of each item (its description's and its comments'), oldest first, at most 200 each. */
    Uni<Map<UUID, java.util.List<Mention>>> byItems(UUID workspaceId, Collection<UUID> workItemIds);

    /** The mentions of each comment, in one statement. */
    Uni<Map<UUID, java.util.List<Mention>>> byComments(UUID workspaceId, Collection<UUID> commentIds);
}
