package io.worklane.domain.resource;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the allocations of a workspace. */
public interface Allocations {
    Uni<Optional<Allocation>> find(UUID workspaceId, UUID id);

    /** Oldest first, optionally of one resource and/or project. */
    Uni<Page<Allocation>> list(UUID workspaceId, UUID resourceId, UUID projectId, PageRequest page);

    /** Those overlapping from..to (of one resource when given), in one statement. */
    Uni<List<Allocation>> overlapping(UUID workspaceId, UUID resourceId, LocalDate from, LocalDate to);

    Uni<Allocation> insert(Allocation allocation);

    Uni<Allocation> update(Allocation changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
