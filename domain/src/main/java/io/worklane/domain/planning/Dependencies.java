package io.worklane.domain.planning;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the dependencies between work items of a workspace. */
public interface Dependencies {
    Uni<Optional<Dependency>> find(UUID workspaceId, UUID id);

    /** Every dependency that has one of these items as predecessor or successor, oldest first. */
    Uni<List<Dependency>> touching(UUID workspaceId, Collection<UUID> itemIds);

    /** Every dependency with an end in the project (the other end may be in another project), in one statement. */
    Uni<List<Dependency>> ofProject(UUID workspaceId, UUID projectId);

    /** Every dependency with an end in one of these projects, in one statement. */
    Uni<List<Dependency>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    /** Dependencies whose successor is one of these items (what they wait for), oldest first. */
    Uni<List<Dependency>> into(UUID workspaceId, Collection<UUID> successorIds);

    /** The edges reachable from {@code itemId} following successors, in the current transaction. */
    Uni<List<DependencyCycles.Edge>> reachableFrom(UUID workspaceId, UUID itemId);

    /** Serialises dependency changes of a workspace until the transaction ends: two adds cannot race into a cycle. */
    Uni<Void> lock(UUID workspaceId);

    /** Fails with DEPENDENCY_EXISTS when the pair is already ordered. */
    Uni<Dependency> insert(Dependency dependency);

    /** Many at once, in the current transaction (a template's network, checked for cycles beforehand). */
    Uni<Void> insertAll(List<Dependency> dependencies);

    Uni<Void> delete(UUID workspaceId, UUID id);
}
