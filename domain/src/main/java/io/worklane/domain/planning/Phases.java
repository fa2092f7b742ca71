package io.worklane.domain.planning;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the phases of projects. */
public interface Phases {
    Uni<Optional<Phase>> find(UUID workspaceId, UUID id);

    /** A project's phases in order (position, then creation). */
    Uni<List<Phase>> ofProject(UUID workspaceId, UUID projectId);

    /** The phases of these projects in order, in one statement. */
    Uni<List<Phase>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    Uni<Phase> insert(Phase phase);

    /** Moves the project's phases at {@code position} and after one place down, to insert one there. */
    Uni<Void> makeRoom(UUID workspaceId, UUID projectId, int position);

    Uni<Phase> update(Phase changed);

    /** Deletes the phase; its items stay, without a phase. */
    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
