package io.worklane.domain.analytics;

import io.worklane.domain.shared.ErrorCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days an analytic covers, both included, as UTC dates. Without {@code from} it starts 29 days
 * before {@code to} (30 days); without {@code to} it ends today. At most 366 days (400 INVALID_DATE_RANGE).
 */
public record AnalyticsRange(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public static AnalyticsRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : from != null && from.plusDays(DEFAULT_DAYS - 1).isBefore(today)
                ? from.plusDays(DEFAULT_DAYS - 1) : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (end.isBefore(start)) {
            throw AggregateQuery.refusal(ErrorCode.INVALID_DATE_RANGE, "to", "to (" + end + ") is before from ("
                    + start + ")");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw AggregateQuery.refusal(ErrorCode.INVALID_DATE_RANGE, "to", "the range from " + start + " to " + end
                    + " spans " + days + " days; at most " + MAX_DAYS + " are allowed");
        }
        return new AnalyticsRange(start, end);
    }
}
