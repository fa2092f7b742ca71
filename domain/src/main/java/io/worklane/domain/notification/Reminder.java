package io.worklane.domain.notification;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A person's reminder of a work item's due date, {@code remindBefore} ahead of its due moment (the due date at
 * 09:00 in the workspace's time zone; negative: after it, for an overdue reminder). It fires once per due date,
 * at {@code remindAt}, or at {@code snoozedUntil} when snoozed.
 */
public record Reminder(UUID id, UUID workspaceId, UUID memberId, UUID workItemId, String workItemKey,
                       Duration remindBefore, Instant remindAt, Instant snoozedUntil, Instant sentAt, long version,
                       Instant createdAt) {
    public static final LocalTime DUE_TIME = LocalTime.of(9, 0);
    static final Duration EARLIEST = Duration.ofDays(365);
    static final Duration LATEST = Duration.ofDays(30);

    /** "P1D" (a day before), "PT2H", "P0D" (on the day), "-P1D" (a day after): within a year before, 30 days after. */
    public static Duration parseOffset(String text, String field) {
        try {
            Duration d = Duration.parse(text == null ? "" : text.strip());
            if (d.compareTo(EARLIEST) > 0 || d.compareTo(LATEST.negated()) < 0 || d.toSeconds() % 60 != 0) {
                throw invalid(field);
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(field);
        }
    }

    /** When a reminder {@code before} the due moment of {@code due} fires, in the workspace's zone. */
    public static Instant remindAt(LocalDate due, Duration before, ZoneId zone) {
        return due == null ? null : due.atTime(DUE_TIME).atZone(zone).toInstant().minus(before);
    }

    /** DUE_SOON for a reminder before (or at) the due moment, OVERDUE after it. */
    public NotificationKind kind() {
        return remindBefore.isNegative() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON;
    }

    public static void checkSnooze(Instant until, Instant now) {
        if (until == null || !until.isAfter(now) || until.isAfter(now.plus(EARLIEST))) {
            throw DomainException.validation(List.of(new FieldError("until", "OUT_OF_RANGE",
                    "must be a moment in the future, within a year")));
        }
    }

    private static DomainException invalid(String field) {
        return DomainException.validation(List.of(new FieldError(field, "INVALID_DURATION", "must be an ISO-8601"
                + " duration in whole minutes, from P365D (a year before the due date) to -P30D (30 days after),"
                + " such as P1D (a day before) or P0D (on the day, at 09:00)")));
    }
}
