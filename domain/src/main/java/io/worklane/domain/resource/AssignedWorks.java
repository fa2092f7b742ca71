package io.worklane.domain.resource;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port: the open, estimated, assigned work items whose start..due span meets from..to. Items without
 * a due date are not scheduled, so they weigh on no period (ADR 0024).
 */
public interface AssignedWorks {
    /** Without the items of {@code hiddenProjects} (empty: none left out). */
    Uni<List<AssignedWork>> between(UUID workspaceId, LocalDate from, LocalDate to, java.util.Set<UUID> hiddenProjects);
}
