package io.worklane.domain.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: people's due-date reminders. Writes belong to the use case's transaction. */
public interface Reminders {
    /** Saves a new reminder, its time computed from the item's due date now; one per person, item and offset. */
    Uni<Reminder> insert(Reminder reminder);

    Uni<Optional<Reminder>> find(UUID workspaceId, UUID id);

    /** A person's reminders (of all their memberships, or of one item), oldest first. */
    Uni<Page<Reminder>> of(Collection<UUID> memberIds, UUID workItemId, PageRequest page);

    Uni<Reminder> snooze(Reminder reminder, Instant until, Instant at);

    Uni<Void> delete(UUID workspaceId, UUID id);

    /** The item's due date changed: every reminder of it gets its new time and may fire again. */
    Uni<Void> reschedule(UUID workspaceId, UUID workItemId, Instant at);

    /**
     * Takes up to {@code limit} reminders due at {@code now} in the current transaction (FOR UPDATE SKIP LOCKED:
     * another instance's are left to it) and marks them sent; answers them with their item.
     */
    Uni<List<DueReminder>> claimDue(Instant now, int limit);

    /** A reminder that fired, with what its notification says. */
    record DueReminder(Reminder reminder, Subject item, java.time.LocalDate dueDate) {
    }
}
