package io.worklane.domain.view;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Port: saved views. Reads answer only what the actor may see (shared views and its own). */
public interface SavedViews {
    String SORT = "createdAt";

    Uni<Optional<SavedView>> find(UUID workspaceId, UUID id);

    /** The views the actor sees, oldest first, in keyset pages. */
    Uni<Page<SavedView>> visibleTo(UUID workspaceId, Actor actor, PageRequest page);

    Uni<SavedView> insert(SavedView view);

    Uni<SavedView> update(SavedView changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
