package io.worklane.domain.template;

import io.worklane.domain.planning.WorkingCalendar;
import java.time.LocalDate;

/**
 * Dates as working-day offsets from a project's start, and back. The start counts from its first
 * working day (a project starting on a Saturday starts, in working days, on Monday). A start date
 * that falls on a day off is read as the next working day, an end date as the previous one, so a task
 * ending on a Sunday ends on the Friday before and keeps its length in working days.
 */
public final class TemplateDates {
    private final WorkingCalendar calendar;
    private final int origin;

    private TemplateDates(WorkingCalendar calendar, LocalDate start) {
        this.calendar = calendar;
        this.origin = calendar.onOrAfter(start);
    }

    public static TemplateDates from(WorkingCalendar calendar, LocalDate start) {
        return new TemplateDates(calendar, start);
    }

    /** The offset of a day something starts on; null stays null. */
    public Integer startOffset(LocalDate day) {
        return day == null ? null : calendar.onOrAfter(day) - origin;
    }

    /** The offset of a day something ends on; null stays null. */
    public Integer endOffset(LocalDate day) {
        return day == null ? null : calendar.onOrBefore(day) - origin;
    }

    /** The working day at this offset; null stays null. */
    public LocalDate at(Integer offset) {
        return offset == null ? null : calendar.dateOf(origin + offset);
    }
}
