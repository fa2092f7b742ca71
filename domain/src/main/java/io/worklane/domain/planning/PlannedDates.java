package io.worklane.domain.planning;

import java.time.LocalDate;

/**
 * An item's planned dates as the calendar counts them: {@code start} is the number of its first
 * working day and {@code finish} the number of the working day after its last (an exclusive end), so
 * that its duration is {@code finish - start}. A missing date is taken from the other one.
 */
public record PlannedDates(int start, int finish) {

    /** Empty when the item has neither date. */
    public static java.util.Optional<PlannedDates> of(LocalDate startDate, LocalDate dueDate, WorkingCalendar calendar) {
        if (startDate == null && dueDate == null) {
            return java.util.Optional.empty();
        }
        LocalDate first = startDate == null ? dueDate : startDate;
        LocalDate last = dueDate == null ? startDate : dueDate;
        int start = calendar.onOrAfter(first);
        return java.util.Optional.of(new PlannedDates(start, Math.max(start, calendar.onOrBefore(last) + 1)));
    }

    /**
     * The earliest the successor's start (FS, SS) or exclusive finish (FF, SF) may be under a dependency
     * of this type with this lag, when this is the predecessor.
     */
    public int earliestFor(DependencyType type, int lag) {
        return (type.fromFinish() ? finish : start) + lag;
    }

    /** The date the successor holds against that earliest: its start, or its exclusive finish. */
    public int heldBy(DependencyType type) {
        return type.constrainsStart() ? start : finish;
    }
}
