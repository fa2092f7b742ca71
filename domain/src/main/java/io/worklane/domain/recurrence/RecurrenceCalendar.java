package io.worklane.domain.recurrence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Port: reads RFC 5545 recurrence rules (implemented outside the domain with a calendar library). Every method
 * refuses a rule it cannot read, or one that fires more often than {@link #MOST_OFTEN}, with a
 * {@code DomainException} INVALID_RECURRENCE saying what is wrong.
 */
public interface RecurrenceCalendar {
    /** The most often a series may fire: once an hour (FREQ=HOURLY with one BYMINUTE, or coarser). */
    String MOST_OFTEN = "hourly";

    /** Refuses a rule that is unreadable, too frequent or that never fires from its start on. */
    void check(RecurrenceRule rule);

    /** The first occurrence strictly after {@code after} (local time in the rule's zone); empty once it has ended. */
    Optional<LocalDateTime> nextAfter(RecurrenceRule rule, LocalDateTime after);

    /** The occurrences in {@code (from, to]}, oldest first, at most {@code max}. */
    List<LocalDateTime> between(RecurrenceRule rule, LocalDateTime from, LocalDateTime to, int max);
}
