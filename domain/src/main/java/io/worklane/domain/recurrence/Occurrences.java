package io.worklane.domain.recurrence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Policy: which occurrence a tick creates. A series is due when its next occurrence time has passed. If ticks
 * were missed (every instance down), only the latest missed occurrence is created, once: a weekly report three
 * weeks late is wanted once, not three times. The skipped ones still count towards the rule's COUNT.
 */
public final class Occurrences {
    /** The most missed occurrences looked through to find the latest (an hourly series down for ~3 months). */
    static final int MOST_MISSED = 2500;

    private Occurrences() {
    }

    /** The rule's first occurrence at or after {@code now}. */
    public static Optional<Instant> firstFrom(RecurrenceCalendar calendar, RecurrenceRule rule, Instant now) {
        return calendar.nextAfter(rule, rule.local(now).minusNanos(1)).map(rule::instant);
    }

    /** What a tick at {@code now} creates for a due series, and the series' next occurrence after it. */
    public static Due due(RecurrenceCalendar calendar, Recurrence series, Instant now) {
        RecurrenceRule rule = series.rule();
        LocalDateTime first = rule.local(series.nextOccurrenceAt());
        List<LocalDateTime> missed = calendar.between(rule, first, rule.local(now), MOST_MISSED);
        LocalDateTime occurrence = missed.isEmpty() ? first : missed.get(missed.size() - 1);
        Instant next = calendar.nextAfter(rule, later(occurrence, rule.local(now))).map(rule::instant).orElse(null);
        return new Due(occurrence, missed.size(), next);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    /** The occurrence to create (local time), how many earlier ones were skipped, and the next one (null: none). */
    public record Due(LocalDateTime occurrence, int skipped, Instant next) {
    }
}
