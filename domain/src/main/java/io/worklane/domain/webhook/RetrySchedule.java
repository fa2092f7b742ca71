package io.worklane.domain.webhook;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each delivery attempt happens: entry n is the wait before attempt n, counted from the end
 * of the attempt before it. The first entry is the first attempt and must be {@code 0s}: an event
 * is sent as soon as it is committed. Written as in {@code WORKLANE_WEBHOOKS_RETRY_SCHEDULE}, such
 * as {@code 0s,5s,5m,30m}; units ms, s, m, h and d.
 */
public record RetrySchedule(List<Duration> delays) {
    // declared before DEFAULT, which is parsed while the class initialises
    private static final Pattern ENTRY = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    /** About a day and a half over 8 attempts, after the example of the Standard Webhooks specification. */
    public static final RetrySchedule DEFAULT = parse("0s,5s,5m,30m,2h,5h,10h,10h", "retrySchedule");
    /** Each wait moves by up to this share either way, so endpoints failing together do not retry together. */
    public static final double JITTER = 0.10;

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule needs at least one wait, none negative");
        }
    }

    /** Reads a schedule, refusing every bad entry at once; {@code field} names the setting in the refusal. */
    public static RetrySchedule parse(String text, String field) {
        Validation validation = new Validation();
        if (text == null || text.isBlank()) {
            validation.require(false, field, "REQUIRED",
                    "must list the waits before each attempt, such as 0s,5s,5m,30m");
            validation.orThrow();
        }
        String[] entries = text.split(",", -1);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            Matcher m = ENTRY.matcher(entry);
            if (m.matches()) {
                delays.add(duration(Long.parseLong(m.group(1)), m.group(2)));
            } else {
                validation.add(new FieldError(field + "[" + i + "]", "INVALID_DURATION", "entry " + (i + 1) + " of "
                        + entries.length + ", '" + shortened(entry) + "', must be a whole number followed by ms, s, m,"
                        + " h or d, such as 30s or 5m"));
            }
        }
        if (validation.ok() && !delays.get(0).isZero()) {
            validation.add(new FieldError(field + "[0]", "FIRST_NOT_IMMEDIATE", "entry 1 of " + entries.length
                    + ", '" + entries[0].strip() + "', is the first attempt, which is immediate:"
                    + " start the list with 0s"));
        }
        validation.orThrow();
        return new RetrySchedule(delays);
    }

    public int maxAttempts() {
        return delays.size();
    }

    /**
     * The wait before attempt {@code attempt} (1-based), moved by up to ±10 % at random; empty once
     * the attempts are used up. Never negative; attempt 1 waits 0, and jitter of 0 is 0.
     */
    public Optional<Duration> delayBeforeAttempt(int attempt, RandomGenerator jitter) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, not " + attempt);
        }
        if (attempt > delays.size()) {
            return Optional.empty();
        }
        long millis = delays.get(attempt - 1).toMillis();
        // nextDouble() is in [0, 1), so the shift is in [-10 %, +10 %) of the wait
        long shift = Math.round(millis * JITTER * (2 * jitter.nextDouble() - 1));
        return Optional.of(Duration.ofMillis(Math.max(0, millis + shift)));
    }

    private static Duration duration(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static String shortened(String entry) {
        return entry.length() <= 20 ? entry : entry.substring(0, 20) + "…";
    }
}
