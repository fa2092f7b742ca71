package io.worklane.domain.activity;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.StatusDurations.StatusChange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: the activity history of work items, append-only. Every read is scoped to one workspace. */
public interface ActivityLog {
    /** Inside the current use case's transaction: the history commits with the change it describes. */
    Uni<Void> record(List<ActivityEntry> entries);

    /** One item's history, oldest first (by time, then id). */
    Uni<Page<ActivityEntry>> list(UUID workspaceId, UUID workItemId, PageRequest page);

    /** A page of history for each item, in one statement (nested GraphQL fields). */
    Uni<Map<UUID, Page<ActivityEntry>>> pages(UUID workspaceId, Collection<UUID> workItemIds, PageRequest page);

    /** Whether the item was deleted (its history outlives it): answers for an id no item has any more. */
    Uni<Boolean> wasDeleted(UUID workspaceId, UUID workItemId);

    /** The status changes of each item, oldest first, in one statement; an item without any maps to an empty list. */
    Uni<Map<UUID, List<StatusChange>>> statusChanges(UUID workspaceId, Collection<UUID> workItemIds);

    /**
     * The cycle time of each project, in one statement. An item counts once completed ({@code completedAt}
     * set); its cycle runs from its first status change out of one of {@code notStartedStates} (or from its
     * creation when it has none) to {@code completedAt}. A project without completed items maps to NONE.
     */
    Uni<Map<UUID, CycleTime>> cycleTimes(UUID workspaceId, Collection<UUID> projectIds,
                                         Collection<String> notStartedStates);
}
