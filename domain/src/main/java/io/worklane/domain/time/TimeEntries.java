package io.worklane.domain.time;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.resource.LoggedTime;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the time entries of a workspace. */
public interface TimeEntries {
    Uni<Optional<TimeEntry>> find(UUID workspaceId, UUID id);

    /** Newest day first. */
    Uni<Page<TimeEntry>> list(UUID workspaceId, TimeEntryFilter filter, PageRequest page);

    /** Of these work items, newest day first, at most {@code limit} each (one statement). */
    Uni<List<TimeEntry>> ofWorkItems(UUID workspaceId, Collection<UUID> workItemIds, int limit);

    /** A page of each item's entries, newest day first, in one statement (cursors as {@link #list}'s). */
    Uni<java.util.Map<UUID, io.worklane.domain.shared.Page<TimeEntry>>> pagesOfWorkItems(UUID workspaceId,
            Collection<UUID> workItemIds, io.worklane.domain.shared.PageRequest page);

    Uni<List<TimeTotal>> totals(UUID workspaceId, TimeEntryFilter filter, TimeGrouping groupBy);

    /**
     * Minutes per resource and day from..to (of one resource when given), summed in SQL; with
     * {@code weekly}, per ISO week instead, each sum dated on its Monday (a fraction of the rows).
     */
    /** Minutes logged per resource and day (or week), without those of {@code hiddenProjects} (empty: none left out). */
    Uni<List<LoggedTime>> logged(UUID workspaceId, UUID resourceId, LocalDate from, LocalDate to, boolean weekly,
                                 java.util.Set<UUID> hiddenProjects);

    /** Entries of the resource on days no approval locks. */
    Uni<List<TimeEntry>> unlockedOf(UUID workspaceId, UUID resourceId);

    Uni<TimeEntry> insert(TimeEntry entry);

    Uni<TimeEntry> update(TimeEntry changed);

    /** Writes the costs of these entries in one statement (versions stay: the entry was not edited). */
    Uni<Void> writeCosts(List<TimeEntry> repriced);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
