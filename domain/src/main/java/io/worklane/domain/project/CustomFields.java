package io.worklane.domain.project;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: custom field definitions of projects. */
public interface CustomFields {
    Uni<Optional<CustomField>> find(UUID workspaceId, UUID projectId, UUID id);

    Uni<Page<CustomField>> list(UUID workspaceId, UUID projectId, PageRequest page);

    /** All definitions of a project, to validate values against. */
    Uni<List<CustomField>> allOf(UUID workspaceId, UUID projectId);

    /** The definitions of several projects in one statement, each list in definition order. */
    Uni<java.util.Map<UUID, List<CustomField>>> byProjects(UUID workspaceId, java.util.Collection<UUID> projectIds);

    /** Every custom field key of the workspace with the types it has in its projects: what list filters check against. */
    Uni<java.util.Map<String, java.util.Set<CustomFieldType>>> typesInWorkspace(UUID workspaceId);

    /** Fails with CUSTOM_FIELD_KEY_TAKEN on a duplicate key in the project. */
    Uni<CustomField> insert(CustomField field);

    Uni<CustomField> update(CustomField changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
