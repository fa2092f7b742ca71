package io.worklane.api.application.recurrence;

import io.worklane.domain.recurrence.RecurrenceCalendar;
import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The recurrence calendar on ical4j's {@link Recur} (RFC 5545 RECUR values). A rule fires at most hourly: FREQ
 * SECONDLY and MINUTELY are refused, and so are several BYMINUTE or BYSECOND values (which would fire more than
 * once an hour); one BYMINUTE and one BYSECOND keep any two dates at least an hour apart.
 */
@ApplicationScoped
public class Ical4jCalendar implements RecurrenceCalendar {
    static final int MAX_LENGTH = 500;

    @Override
    public void check(RecurrenceRule rule) {
        Recur<LocalDateTime> recur = parse(rule.rrule());
        if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY) {
            throw invalid("FREQ=" + recur.getFrequency() + " fires more often than " + MOST_OFTEN
                    + "; use FREQ=HOURLY or coarser");
        }
        if (recur.getMinuteList().size() > 1 || recur.getSecondList().size() > 1) {
            throw invalid("several BYMINUTE or BYSECOND values fire more often than " + MOST_OFTEN
                    + "; give at most one of each");
        }
        if (nextAfter(rule, rule.start().minusNanos(1)).isEmpty()) {
            throw invalid("it never fires from DTSTART " + rule.start() + " on (e.g. BYMONTHDAY=30 in February)");
        }
    }

    @Override
    public Optional<LocalDateTime> nextAfter(RecurrenceRule rule, LocalDateTime after) {
        Recur<LocalDateTime> recur = parse(rule.rrule());
        try {
            return Optional.ofNullable(recur.getNextDate(rule.start(), after));
        } catch (RuntimeException e) {
            throw invalid("its dates cannot be computed (" + e.getMessage() + ")");
        }
    }

    @Override
    public List<LocalDateTime> between(RecurrenceRule rule, LocalDateTime from, LocalDateTime to, int max) {
        Recur<LocalDateTime> recur = parse(rule.rrule());
        try {
            List<LocalDateTime> dates = recur.getDates(rule.start(), from, to).stream()
                    .filter(d -> d.isAfter(from) && !d.isAfter(to)).sorted().toList();
            return dates.size() <= max ? dates : dates.subList(dates.size() - max, dates.size());
        } catch (RuntimeException e) {
            throw invalid("its dates cannot be computed (" + e.getMessage() + ")");
        }
    }

    private static Recur<LocalDateTime> parse(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            throw invalid("it is empty; give e.g. FREQ=WEEKLY;BYDAY=MO");
        }
        if (rrule.length() > MAX_LENGTH) {
            throw invalid("it is longer than " + MAX_LENGTH + " characters");
        }
        String value = rrule.strip();
        value = value.regionMatches(true, 0, "RRULE:", 0, 6) ? value.substring(6) : value;
        try {
            return new Recur<>(value);
        } catch (RuntimeException e) {
            throw invalid(e.getMessage() == null ? "it does not parse" : e.getMessage());
        }
    }

    private static DomainException invalid(String what) {
        return new DomainException(ErrorCode.INVALID_RECURRENCE, "Invalid recurrence rule: " + what
                + ". Write an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=-1.");
    }
}
