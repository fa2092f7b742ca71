package io.worklane.domain.planning;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the baselines of projects. Every call is scoped to one workspace. */
public interface Baselines {
    /** The baseline with its items. */
    Uni<Optional<Baseline>> find(UUID workspaceId, UUID id);

    /** The baselines of these projects, oldest first, without their items (in one statement). */
    Uni<List<Baseline>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    /**
     * In the current transaction: holds the project's baseline lock until it ends (so two takes cannot
     * both pass the limit) and answers how many baselines the project has.
     */
    Uni<Long> lockAndCount(UUID workspaceId, UUID projectId);

    Uni<Baseline> insert(Baseline baseline);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
