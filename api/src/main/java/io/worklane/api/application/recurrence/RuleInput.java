package io.worklane.api.application.recurrence;

import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A rule as both APIs take it (text), read into a value: a bad DTSTART or time zone is INVALID_RECURRENCE. */
public final class RuleInput {
    private RuleInput() {
    }

    public static RecurrenceRule of(String rrule, String dtstart, String timeZone) {
        return new RecurrenceRule(rrule, start(dtstart), zone(timeZone));
    }

    public static LocalDateTime start(String dtstart) {
        try {
            return LocalDateTime.parse(dtstart);
        } catch (DateTimeException | NullPointerException e) {
            throw new DomainException(ErrorCode.INVALID_RECURRENCE, "Invalid dtstart '" + dtstart + "': give a local"
                    + " date-time without offset, such as 2027-01-04T09:00:00 (its zone is timeZone).");
        }
    }

    public static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new DomainException(ErrorCode.INVALID_RECURRENCE, "Unknown timeZone '" + timeZone + "': give an"
                    + " IANA time zone such as Europe/Berlin, America/New_York or UTC.");
        }
    }
}
