package io.worklane.domain.analytics;

import java.time.LocalDate;

/** The rows of the dashboard series. */
public final class Series {
    private Series() {
    }

    /** Items completed in the period that starts on {@code start}. */
    public record Bucket(LocalDate start, long count) {
    }

    /** How many items were in {@code status} at the end of {@code date} (UTC). */
    public record StateCount(LocalDate date, String status, long count) {
    }

    /** At the end of {@code date}: the scope (created by then), what was completed, and what remained. */
    public record BurnDay(LocalDate date, long scope, long completed, long remaining) {
    }

    /** Open items due before today: all, and by how late (1–7, 8–30, more than 30 days). */
    public record Overdue(LocalDate asOf, long count, long upToAWeek, long upToAMonth, long moreThanAMonth,
                          long estimateMinutes) {
    }
}
