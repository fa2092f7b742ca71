package io.worklane.domain.analytics;

import java.util.Locale;
import java.util.Optional;

/** A bucket of a date histogram: a UTC day, an ISO week (Monday to Sunday) or a calendar month. */
public enum Interval {
    DAY, WEEK, MONTH;

    /** The PostgreSQL {@code date_trunc} unit. */
    public String unit() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Interval> parse(String text) {
        for (Interval i : values()) {
            if (i.name().equalsIgnoreCase(text)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
