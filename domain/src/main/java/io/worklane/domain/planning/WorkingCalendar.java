package io.worklane.domain.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * The workspace's working days: Monday to Friday, less its holidays. Working days are numbered in
 * order (an index, negative before 1970): schedules compute with these numbers and turn them into
 * dates at the end, so adding days, counting them and comparing them are plain integer sums. A
 * non-working day has no number of its own: {@link #onOrAfter} gives the next working day's, and
 * {@link #onOrBefore} the previous one's. Each conversion is O(log holidays).
 */
public final class WorkingCalendar {
    /** A Monday: weekday number 0. */
    private static final long EPOCH = LocalDate.of(1970, 1, 5).toEpochDay();
    /** The weekday numbers of the holidays that fall on a weekday, ascending, without repeats. */
    private final long[] holidays;

    private WorkingCalendar(long[] holidays) {
        this.holidays = holidays;
    }

    public static WorkingCalendar of(Collection<LocalDate> holidays) {
        return new WorkingCalendar(holidays.stream().filter(WorkingCalendar::isWeekday)
                .mapToLong(WorkingCalendar::weekdayNumber).distinct().sorted().toArray());
    }

    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(new long[0]);
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWeekday(day) && Arrays.binarySearch(holidays, weekdayNumber(day)) < 0;
    }

    /** The number of {@code day}, or of the first working day after it. */
    public int onOrAfter(LocalDate day) {
        long weekday = weekdayNumber(day);
        return Math.toIntExact(weekday - countBelow(weekday));
    }

    /** The number of {@code day}, or of the last working day before it. */
    public int onOrBefore(LocalDate day) {
        return isWorkingDay(day) ? onOrAfter(day) : onOrAfter(day) - 1;
    }

    /** The working day with this number. */
    public LocalDate dateOf(int index) {
        // the weekday whose number, less the holidays up to it, is index: a fixed point, reached from below
        long weekday = index;
        while (true) {
            long next = index + countAtMost(weekday);
            if (next == weekday) {
                break;
            }
            weekday = next;
        }
        return LocalDate.ofEpochDay(EPOCH + Math.floorDiv(weekday, 5) * 7 + Math.floorMod(weekday, 5));
    }

    /** Working days from {@code start} to {@code end}, both included (0 when none, or end before start). */
    public int workingDays(LocalDate start, LocalDate end) {
        return Math.max(0, onOrBefore(end) - onOrAfter(start) + 1);
    }

    /** Weekdays (Monday to Friday) from the epoch Monday to {@code day}, excluded; a weekend counts as the next Monday. */
    private static long weekdayNumber(LocalDate day) {
        long days = day.toEpochDay() - EPOCH;
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private long countBelow(long weekday) {
        int i = Arrays.binarySearch(holidays, weekday);
        return i >= 0 ? i : -i - 1;
    }

    private long countAtMost(long weekday) {
        int i = Arrays.binarySearch(holidays, weekday);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
