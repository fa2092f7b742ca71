package io.worklane.domain.budget;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port: the labour actuals of a project, from its time entries' costs (minutes × the rate in force
 * that day) up to a date, summed per month and currency as LABOUR {@link ActualCost}s dated the month's
 * last day (or {@code upTo} when earlier). Entries without a cost (the resource had no rate) count nothing.
 */
public interface LabourCosts {
    Uni<List<ActualCost>> ofProject(UUID workspaceId, UUID projectId, LocalDate upTo);

    /** The same for each of these projects, in one statement. */
    Uni<java.util.Map<UUID, List<ActualCost>>> ofProjects(UUID workspaceId, java.util.Collection<UUID> projectIds,
                                                         LocalDate upTo);
}
