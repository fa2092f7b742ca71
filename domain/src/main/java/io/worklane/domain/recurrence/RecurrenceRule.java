package io.worklane.domain.recurrence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When a series repeats: an RFC 5545 RRULE (without the "RRULE:" prefix) counted from {@code start}, a local
 * date-time in {@code timeZone} (the iCalendar DTSTART;TZID=…), so that "every Monday at 09:00" stays at 09:00
 * across daylight-saving changes.
 */
public record RecurrenceRule(String rrule, LocalDateTime start, ZoneId timeZone) {

    /** The local date-time of {@code instant} in the rule's time zone. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, timeZone);
    }

    /** The instant of a local occurrence time (a time in a daylight-saving gap moves forward, as RFC 5545 says). */
    public Instant instant(LocalDateTime local) {
        return local.atZone(timeZone).toInstant();
    }
}
