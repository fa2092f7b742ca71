package io.worklane.domain.template;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the project templates a workspace sees — the built-in ones first (oldest "created"), then its
 * saved ones, oldest first. Every call is scoped to one workspace.
 */
public interface ProjectTemplates {
    /** A built-in template or one of the workspace's, with its content. */
    Uni<Optional<ProjectTemplate>> find(UUID workspaceId, UUID id);

    /** Built-in and saved templates without their content, in keyset pages. */
    Uni<Page<ProjectTemplate>> list(UUID workspaceId, PageRequest page);

    Uni<ProjectTemplate> insert(ProjectTemplate template);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
