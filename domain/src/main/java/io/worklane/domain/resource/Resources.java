package io.worklane.domain.resource;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the (not archived) resources of a workspace. Every call is scoped to one workspace. */
public interface Resources {
    Uni<Optional<Resource>> find(UUID workspaceId, UUID id);

    Uni<List<Resource>> byIds(UUID workspaceId, Collection<UUID> ids);

    /** Oldest first. */
    Uni<Page<Resource>> list(UUID workspaceId, PageRequest page);

    /** Every resource of the workspace (or those named), oldest first: the workload's one read of them. */
    Uni<List<Resource>> all(UUID workspaceId, UUID only);

    Uni<Resource> insert(Resource resource);

    Uni<Resource> update(Resource changed);

    /** Archives it: its time entries keep pointing at it, its allocations and timers go. */
    Uni<Void> archive(UUID workspaceId, UUID id, long expectedVersion);

    /** Whether another live resource already is this member. */
    Uni<Boolean> memberTaken(UUID workspaceId, UUID memberId, UUID except);
}
