package io.worklane.domain.workspace;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Port: the workspaces. {@code ref} is an id or a slug. */
public interface Workspaces {
    Uni<Optional<Workspace>> find(String ref);

    /** Workspaces in creation order; {@code only} limits them to those ids (null: all, for the instance admin). */
    Uni<Page<Workspace>> list(java.util.Collection<UUID> only, PageRequest page);

    /** Inside the current transaction; fails with WORKSPACE_SLUG_TAKEN on a duplicate slug. */
    Uni<Workspace> insert(Workspace workspace);

    /** Saves a changed workspace if its version is still {@code expectedVersion}; returns it with its new version. */
    Uni<Workspace> update(Workspace changed);

    Uni<Void> delete(UUID id, long expectedVersion);
}
