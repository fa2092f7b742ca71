package io.worklane.domain.planning;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: plain links between work items. */
public interface Links {
    Uni<Optional<Link>> find(UUID workspaceId, UUID id);

    /** Links from or to any of these items, oldest first. */
    Uni<List<Link>> touching(UUID workspaceId, Collection<UUID> itemIds);

    /** Fails with LINK_EXISTS when the same link exists (either direction for RELATES_TO). */
    Uni<Link> insert(Link link);

    Uni<Void> delete(UUID workspaceId, UUID id);
}
