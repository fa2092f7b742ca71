package io.worklane.domain.recurrence;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: recurring series and the items they created. */
public interface Recurrences {
    String SORT = "createdAt";

    Uni<Optional<Recurrence>> find(UUID workspaceId, UUID id);

    /** The workspace's series (of one project when {@code projectId} is set), oldest first, in keyset pages. */
    Uni<Page<Recurrence>> list(UUID workspaceId, UUID projectId, PageRequest page);

    Uni<Recurrence> insert(Recurrence recurrence);

    /** Saves a change made by someone: checks and increments the version. */
    Uni<Recurrence> update(Recurrence changed);

    /**
     * Claims one ACTIVE series due at {@code now} with FOR UPDATE SKIP LOCKED, in the caller's transaction: the
     * row stays locked until the occurrence is committed, so no other instance creates it too.
     */
    Uni<Optional<Recurrence>> claimDue(Instant now);

    /** Records the occurrence created and moves the series on; not an edit, so the version (ETag) stays. */
    Uni<Void> advance(Recurrence advanced, UUID workItemId, Instant occurrenceAt);

    /** Moves the series to its next occurrence (or ends it) without an item; the version stays. */
    Uni<Void> reschedule(Recurrence moved);

    /** The series that created each of these items (items no series created are absent): one statement. */
    Uni<Map<UUID, Recurrence>> ofItems(UUID workspaceId, Collection<UUID> workItemIds);

    /** The latest items each series created, newest first, at most {@code limit} each: one statement for all. */
    Uni<Map<UUID, List<Occurrence>>> latest(UUID workspaceId, Collection<UUID> recurrenceIds, int limit);

    /** An item created by a series, for the occurrence at {@code occurrenceAt}. */
    record Occurrence(UUID workItemId, String key, Instant occurrenceAt) {
    }
}
