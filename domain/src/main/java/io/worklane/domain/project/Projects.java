package io.worklane.domain.project;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the projects of a workspace. {@code ref} is an id or a project key. */
public interface Projects {
    Uni<Optional<Project>> find(UUID workspaceId, String ref);

    Uni<Page<Project>> list(UUID workspaceId, ProjectFilter filter, ProjectSort sort, PageRequest page);

    Uni<List<Project>> byIds(UUID workspaceId, Collection<UUID> ids);

    /** Fails with PROJECT_KEY_TAKEN on a duplicate key. */
    Uni<Project> insert(Project project);

    Uni<Project> update(Project changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
