package io.worklane.domain.budget;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Port: how much of a project's estimated work is done at a status date, for earned value. An item is
 * done when it is in a DONE-category state of its workflow and was completed on or before the date.
 */
public interface ProjectProgress {
    record Estimates(long doneMinutes, long allMinutes) {
    }

    Uni<Estimates> estimates(UUID workspaceId, UUID projectId, LocalDate asOf);

    /** The estimates of each of these projects (none counts 0 and 0), in one statement. */
    Uni<java.util.Map<UUID, Estimates>> estimates(UUID workspaceId, java.util.Collection<UUID> projectIds,
                                                  LocalDate asOf);
}
