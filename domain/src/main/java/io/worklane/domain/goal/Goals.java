package io.worklane.domain.goal;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the goals of a workspace with the projects and portfolios that serve them. */
public interface Goals {
    Uni<Optional<Goal>> find(UUID workspaceId, UUID id);

    /** Oldest first, in keyset pages; only the children of {@code parentId} when given. */
    Uni<Page<Goal>> list(UUID workspaceId, UUID parentId, PageRequest page);

    /** The goal, its parent, and so on up to the top (one statement). */
    Uni<List<UUID>> selfAndAncestors(UUID workspaceId, UUID id);

    /** These goals and every goal under them, at any depth (one statement). */
    Uni<List<Goal>> withDescendants(UUID workspaceId, Collection<UUID> ids);

    /** The goals each project serves (one statement). */
    Uni<Map<UUID, List<Goal>>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    /** The goals each portfolio serves (one statement). */
    Uni<Map<UUID, List<Goal>>> ofPortfolios(UUID workspaceId, Collection<UUID> portfolioIds);

    Uni<Goal> insert(Goal goal);

    /** Saves the fields and the links, checking the version. */
    Uni<Goal> update(Goal changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
