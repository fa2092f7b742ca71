package io.worklane.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code Retry-After} value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, in any of
 * the three date forms a recipient must accept. Capped, so a receiver cannot park an event for ever.
 */
final class RetryAfter {
    static final Duration CAP = Duration.ofHours(24);
    private static final Pattern SECONDS = Pattern.compile("\\d+");
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    private RetryAfter() {
    }

    /** The wait from {@code now}, at least zero and at most {@link #CAP}; empty when unreadable. */
    static Optional<Duration> parse(String value, Instant now) {
        String text = value.strip();
        if (SECONDS.matcher(text).matches()) {
            // more digits than a long holds is still "longer than the cap"
            return Optional.of(text.length() > 9 ? CAP : capped(Duration.ofSeconds(Long.parseLong(text))));
        }
        return date(text, now).map(at -> capped(Duration.between(now, at)));
    }

    private static Optional<Instant> date(String text, Instant now) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(now), ASCTIME)) {
            try {
                return Optional.of(ZonedDateTime.parse(text, format).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Obsolete form with a two-digit year, read as the most recent year no more than 50 years ahead. */
    private static DateTimeFormatter rfc850(Instant now) {
        int thisYear = now.atZone(ZoneOffset.UTC).getYear();
        return new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, thisYear - 49)
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.US)
                .withZone(ZoneOffset.UTC);
    }

    private static Duration capped(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(CAP) > 0 ? CAP : wait;
    }
}
