package io.worklane.domain.recurrence;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.UUID;

/**
 * A series of work items in one project: a template and a rule. While ACTIVE, {@code nextOccurrenceAt} is when
 * the next item is due to be created; once the rule has no further date (COUNT or UNTIL reached) or someone ends
 * it, the series is ENDED and {@code nextOccurrenceAt} null. {@code occurrences} counts the items created.
 */
public record Recurrence(UUID id, UUID workspaceId, UUID projectId, RecurrenceTemplate template, RecurrenceRule rule,
                         RecurrenceStatus status, Instant nextOccurrenceAt, int occurrences, Instant lastOccurrenceAt,
                         long version, Instant createdAt, Instant updatedAt) {

    /** A new ACTIVE series whose first occurrence is the rule's first date at or after {@code now}. */
    public static Recurrence create(UUID workspaceId, UUID projectId, RecurrenceTemplate template, RecurrenceRule rule,
                                    RecurrenceCalendar calendar, Instant now) {
        check(template, rule, calendar);
        Instant next = firstFrom(calendar, rule, now);
        return new Recurrence(Ids.newId(), workspaceId, projectId, template, rule, RecurrenceStatus.ACTIVE, next, 0,
                null, 0, now, now);
    }

    /** The series with a new template and rule; its next occurrence is the new rule's first from {@code now}. */
    public Recurrence change(RecurrenceTemplate newTemplate, RecurrenceRule newRule, RecurrenceCalendar calendar,
                             Instant now) {
        ensureActive();
        check(newTemplate, newRule, calendar);
        Instant next = firstFrom(calendar, newRule, now);
        return new Recurrence(id, workspaceId, projectId, newTemplate, newRule, RecurrenceStatus.ACTIVE, next, occurrences,
                lastOccurrenceAt, version, createdAt, now);
    }

    /** Ended by hand: no occurrence is created from now on. The items already created stay. */
    public Recurrence end(Instant now) {
        ensureActive();
        return new Recurrence(id, workspaceId, projectId, template, rule, RecurrenceStatus.ENDED, null, occurrences,
                lastOccurrenceAt, version, createdAt, now);
    }

    /** After the occurrence at {@code at} was created: the next one is {@code next} (none ends the series). */
    public Recurrence occurred(Instant at, Instant next) {
        return new Recurrence(id, workspaceId, projectId, template, rule, statusFor(next), next, occurrences + 1, at,
                version, createdAt, updatedAt);
    }

    /** Moved to {@code next} without an item (its occurrence failed); none ends the series. */
    public Recurrence withNext(Instant next) {
        return new Recurrence(id, workspaceId, projectId, template, rule, statusFor(next), next, occurrences,
                lastOccurrenceAt, version, createdAt, updatedAt);
    }

    public boolean isActive() {
        return status == RecurrenceStatus.ACTIVE;
    }

    private void ensureActive() {
        if (!isActive()) {
            throw new DomainException(ErrorCode.RECURRENCE_ENDED, "Recurrence " + id + " has ended: it can no longer"
                    + " be changed or ended. Create a new series to start again.");
        }
    }

    private static RecurrenceStatus statusFor(Instant next) {
        return next == null ? RecurrenceStatus.ENDED : RecurrenceStatus.ACTIVE;
    }

    /** A series must have something to do: a rule whose every date is past (UNTIL, COUNT) is refused. */
    private static Instant firstFrom(RecurrenceCalendar calendar, RecurrenceRule rule, Instant now) {
        return Occurrences.firstFrom(calendar, rule, now).orElseThrow(() -> new DomainException(
                ErrorCode.INVALID_RECURRENCE, "The rule has no occurrence from now on (its UNTIL or COUNT is"
                + " already past): move DTSTART or UNTIL forward."));
    }

    private static void check(RecurrenceTemplate template, RecurrenceRule rule, RecurrenceCalendar calendar) {
        Validation v = new Validation();
        template.check(v);
        v.orThrow();
        calendar.check(rule);
    }
}
