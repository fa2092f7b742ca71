package io.worklane.domain.calendar;

import java.util.List;

/**
 * A feed as an iCalendar object: one all-day VEVENT per entry (DTSTART;VALUE=DATE, DTEND the next day), whose
 * UID is the item's within this feed (so a client updates the event rather than duplicating it), SEQUENCE its
 * version and DTSTAMP/LAST-MODIFIED its last change: the same items give the same bytes (ETag).
 */
public final class CalendarDocument {
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final String PRODUCT = "-//Worklane//Calendar feeds//EN";

    private CalendarDocument() {
    }

    public static String render(CalendarFeed feed, String calendarName, List<CalendarEntry> entries) {
        ICalendarLines lines = new ICalendarLines().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0")
                .text("PRODID", PRODUCT).raw("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", calendarName)
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H").raw("X-PUBLISHED-TTL", "PT1H");
        entries.forEach(entry -> event(lines, feed, entry));
        return lines.raw("END", "VCALENDAR").build();
    }

    private static void event(ICalendarLines lines, CalendarFeed feed, CalendarEntry e) {
        lines.raw("BEGIN", "VEVENT")
                .text("UID", e.itemId() + "." + feed.id() + "@worklane")
                .utc("DTSTAMP", e.updatedAt())
                .date("DTSTART", e.day())
                .date("DTEND", e.day().plusDays(1))
                .raw("SEQUENCE", Long.toString(e.version()))
                .utc("LAST-MODIFIED", e.updatedAt())
                .text("SUMMARY", (e.milestone() ? "Milestone " : "Due ") + e.key() + ": " + e.title())
                .text("DESCRIPTION", e.key() + " is " + e.status() + ".")
                .raw("TRANSP", "TRANSPARENT")
                .raw("END", "VEVENT");
    }
}
