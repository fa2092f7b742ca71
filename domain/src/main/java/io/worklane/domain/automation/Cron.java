package io.worklane.domain.automation;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A 5-field cron schedule (minute hour day-of-month month day-of-week) with Vixie cron semantics:
 * when both day fields are restricted a day matches either; a day field that starts with '*'
 * (also '*&#47;2') counts as unrestricted, so the other alone decides.
 *
 * <p>Across daylight saving changes, in the zone of the time given to {@link #next}: a local time
 * the clock skips (spring) fires once, at the moment of the jump; a local time that occurs twice
 * (autumn) fires once, at its first occurrence.
 */
public final class Cron {
    private static final int MAX_LENGTH = 200;
    private static final Map<String, String> MACROS = Map.of("@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");
    private static final List<CronField> FIELDS = List.of(CronField.values());

    private final String text;
    private final long[] bits = new long[5];
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private Cron(String text, String[] specs) {
        this.text = text;
        for (int i = 0; i < 5; i++) {
            bits[i] = FIELDS.get(i).parse(specs[i]);
        }
        anyDayOfMonth = specs[2].startsWith("*");
        anyDayOfWeek = specs[4].startsWith("*");
        if (anyDayOfWeek && !someMonthHasADay()) {
            throw new IllegalArgumentException("day-of-month " + specs[2] + " never occurs in month " + specs[3]
                    + ", so the schedule would never fire");
        }
    }

    /** Parses {@code text}; a refusal is VALIDATION_FAILED naming {@code fieldPath} with code INVALID_CRON. */
    public static Cron parse(String text, String fieldPath) {
        if (text == null || text.isBlank()) {
            throw refusal(fieldPath, "REQUIRED", "is required, e.g. \"0 9 * * MON-FRI\" or \"@daily\"");
        }
        String source = text.strip();
        try {
            if (source.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("has more than " + MAX_LENGTH + " characters");
            }
            String expanded = source.startsWith("@") ? MACROS.get(source.toLowerCase(Locale.ROOT)) : source;
            if (expanded == null) {
                throw new IllegalArgumentException("unknown macro '" + source
                        + "'; use @yearly, @monthly, @weekly, @daily or @hourly");
            }
            String[] specs = expanded.split("\\s+");
            if (specs.length != 5) {
                throw new IllegalArgumentException("expected 5 fields (minute hour day-of-month month day-of-week) "
                        + "or a macro such as @daily; found " + specs.length);
            }
            return new Cron(source, specs);
        } catch (IllegalArgumentException e) {
            throw refusal(fieldPath, "INVALID_CRON", e.getMessage());
        }
    }

    /** The first time strictly after {@code after} that the schedule fires, in {@code after}'s zone. */
    public ZonedDateTime next(ZonedDateTime after) {
        ZoneId zone = after.getZone();
        Instant bound = after.toInstant();
        LocalDateTime start = after.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate day = start.toLocalDate();
        LocalDate last = day.plusYears(100); // validated schedules fire within decades (29 Feb on a Sunday)
        while (!day.isAfter(last)) {
            if (!has(CronField.MONTH, day.getMonthValue())) {
                day = day.withDayOfMonth(1).plusMonths(1);
                continue;
            }
            if (matchesDay(day)) {
                boolean first = day.equals(start.toLocalDate());
                for (int h = first ? start.getHour() : 0; h < 24; h++) {
                    for (int m = first && h == start.getHour() ? start.getMinute() : 0; m < 60; m++) {
                        if (has(CronField.HOUR, h) && has(CronField.MINUTE, m)) {
                            ZonedDateTime at = DaylightSaving.resolve(day.atTime(h, m), zone);
                            if (at.toInstant().isAfter(bound)) {
                                return at;
                            }
                        }
                    }
                }
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("'" + text + "' does not fire within 100 years of " + after);
    }

    public String text() {
        return text;
    }

    boolean matchesDay(LocalDate day) {
        boolean dom = has(CronField.DAY_OF_MONTH, day.getDayOfMonth());
        boolean dow = has(CronField.DAY_OF_WEEK, day.getDayOfWeek().getValue() % 7);
        return anyDayOfMonth || anyDayOfWeek ? dom && dow : dom || dow;
    }

    private boolean has(CronField field, int value) {
        return (bits[field.ordinal()] & (1L << value)) != 0;
    }

    private boolean someMonthHasADay() {
        for (int month = 1; month <= 12; month++) {
            for (int d = 1; d <= Month.of(month).maxLength(); d++) {
                if (has(CronField.MONTH, month) && has(CronField.DAY_OF_MONTH, d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static DomainException refusal(String path, String code, String message) {
        return DomainException.validation(List.of(new FieldError(path, code, message)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cron c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
