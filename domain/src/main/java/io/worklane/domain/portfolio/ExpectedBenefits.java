package io.worklane.domain.portfolio;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: projects' expected benefits. */
public interface ExpectedBenefits {
    Uni<Optional<ExpectedBenefit>> find(UUID workspaceId, UUID projectId);

    /** Those of these projects that have one, in one statement. */
    Uni<Map<UUID, ExpectedBenefit>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    /** Inserts when {@code version} is -1, else updates checking it. */
    Uni<ExpectedBenefit> save(ExpectedBenefit benefit, long expectedVersion);

    Uni<Void> delete(UUID workspaceId, UUID projectId, long expectedVersion);
}
