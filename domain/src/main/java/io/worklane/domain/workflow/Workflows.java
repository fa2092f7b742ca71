package io.worklane.domain.workflow;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the workflows of a workspace. Every call is scoped to one workspace. */
public interface Workflows {
    Uni<Optional<Workflow>> find(UUID workspaceId, UUID id);

    /** The workflow of projects that chose none; every workspace has exactly one. */
    Uni<Workflow> workspaceDefault(UUID workspaceId);

    Uni<Page<Workflow>> list(UUID workspaceId, PageRequest page);

    Uni<Map<UUID, Workflow>> byIds(UUID workspaceId, Collection<UUID> ids);

    Uni<Workflow> insert(Workflow workflow, boolean workspaceDefault);

    Uni<Workflow> update(Workflow changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);

    /** Whether any project uses the workflow (as its own or for a type), or it is the workspace default. */
    Uni<Boolean> inUse(UUID workspaceId, UUID id);
}
