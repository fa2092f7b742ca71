package io.worklane.domain.portfolio;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the portfolios of a workspace with their ranked projects. */
public interface Portfolios {
    Uni<Optional<Portfolio>> find(UUID workspaceId, UUID id);

    /** Oldest first, in keyset pages; only the children of {@code parentId} when given. */
    Uni<Page<Portfolio>> list(UUID workspaceId, UUID parentId, PageRequest page);

    /** These portfolios (with their projects) in one statement. */
    Uni<List<Portfolio>> byIds(UUID workspaceId, Collection<UUID> ids);

    /** The portfolio, its parent, and so on up to the top (one statement). */
    Uni<List<UUID>> selfAndAncestors(UUID workspaceId, UUID id);

    /** The portfolio and all portfolios nested under it, at any depth (one statement). */
    Uni<List<Portfolio>> selfAndDescendants(UUID workspaceId, UUID id);

    /** The portfolios each project is in, for Project.portfolios (one statement). */
    Uni<Map<UUID, List<Portfolio>>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    Uni<Boolean> hasChildren(UUID workspaceId, UUID id);

    Uni<Portfolio> insert(Portfolio portfolio);

    /** Saves the fields and the ranked projects, checking the version. */
    Uni<Portfolio> update(Portfolio changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
