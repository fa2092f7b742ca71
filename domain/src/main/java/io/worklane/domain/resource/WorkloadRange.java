package io.worklane.domain.resource;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a workload covers: from..to as asked for DAY; widened to whole ISO weeks (Monday to Sunday)
 * for WEEK, so every period is a full week. Bounded, so one request cannot ask for years of days.
 */
public record WorkloadRange(LocalDate start, LocalDate end, Granularity granularity) {
    public static final int MAX_DAYS = 93;
    public static final int MAX_WEEKS = 106;

    public static WorkloadRange of(String from, String to, String granularity) {
        Validation v = new Validation();
        LocalDate f = ResourceInputs.date(from, "from", v);
        LocalDate t = ResourceInputs.date(to, "to", v);
        Granularity g = Granularity.WEEK;
        if (granularity != null) {
            g = "DAY".equals(granularity) ? Granularity.DAY : "WEEK".equals(granularity) ? Granularity.WEEK : null;
            v.require(g != null, "granularity", "INVALID_VALUE", "must be WEEK or DAY");
        }
        if (f != null && t != null) {
            v.require(!t.isBefore(f), "to", "TO_BEFORE_FROM", "must not be before from (" + f + ")");
        }
        v.orThrow();
        LocalDate start = g == Granularity.WEEK ? f.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : f;
        LocalDate end = g == Granularity.WEEK ? t.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : t;
        WorkloadRange range = new WorkloadRange(start, end, g);
        long periods = range.periods();
        long max = g == Granularity.WEEK ? MAX_WEEKS : MAX_DAYS;
        if (periods > max) {
            v.add(new FieldError("to", "RANGE_TOO_LONG", "at most " + max + " " + (g == Granularity.WEEK ? "weeks"
                    : "days") + " at once, not " + periods + "; ask in parts"));
        }
        v.orThrow();
        return range;
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public int periods() {
        return granularity == Granularity.WEEK ? days() / 7 : days();
    }

    /** The period a day (as its index from start) falls in. */
    public int periodOf(int dayIndex) {
        return granularity == Granularity.WEEK ? dayIndex / 7 : dayIndex;
    }

    public LocalDate periodStart(int period) {
        return start.plusDays(granularity == Granularity.WEEK ? period * 7L : period);
    }
}
