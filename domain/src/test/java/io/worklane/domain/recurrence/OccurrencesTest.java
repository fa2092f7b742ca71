package io.worklane.domain.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which occurrence a tick creates, worked by hand on a daily rule at 09:00 in Berlin. */
class OccurrencesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RecurrenceRule DAILY = new RecurrenceRule("FREQ=DAILY", LocalDateTime.of(2030, 3, 29, 9, 0),
            BERLIN);
    private static final RecurrenceTemplate TEMPLATE = new RecurrenceTemplate("Stand-up notes {date}", null, null,
            null, null, null, null, null, 2);

    /** Every day at the start's time, from the start on; up to {@code last} when given (an UNTIL). */
    private record Daily(LocalDate last) implements RecurrenceCalendar {
        @Override
        public void check(RecurrenceRule rule) {
        }

        @Override
        public Optional<LocalDateTime> nextAfter(RecurrenceRule rule, LocalDateTime after) {
            LocalDateTime candidate = after.toLocalDate().atTime(rule.start().toLocalTime());
            candidate = candidate.isAfter(after) ? candidate : candidate.plusDays(1);
            candidate = candidate.isBefore(rule.start()) ? rule.start() : candidate;
            return last != null && candidate.toLocalDate().isAfter(last) ? Optional.empty() : Optional.of(candidate);
        }

        @Override
        public List<LocalDateTime> between(RecurrenceRule rule, LocalDateTime from, LocalDateTime to, int max) {
            List<LocalDateTime> dates = new ArrayList<>();
            for (Optional<LocalDateTime> d = nextAfter(rule, from); d.isPresent() && !d.get().isAfter(to);
                 d = nextAfter(rule, d.get())) {
                dates.add(d.get());
            }
            return dates.subList(Math.max(0, dates.size() - max), dates.size());
        }
    }

    private static Recurrence aSeries(RecurrenceCalendar calendar, Instant now) {
        return Recurrence.create(UUID.randomUUID(), UUID.randomUUID(), TEMPLATE, DAILY, calendar, now);
    }

    @Test
    void the_first_occurrence_is_the_first_date_from_now_in_the_rules_zone() {
        Recurrence series = aSeries(new Daily(null), Instant.parse("2030-03-01T00:00:00Z"));
        assertThat(series.nextOccurrenceAt()).isEqualTo(Instant.parse("2030-03-29T08:00:00Z")); // CET, UTC+1
        assertThat(series.status()).isEqualTo(RecurrenceStatus.ACTIVE);
    }

    @Test
    void the_time_of_day_holds_across_daylight_saving() {
        Daily calendar = new Daily(null);
        Recurrence series = aSeries(calendar, Instant.parse("2030-03-01T00:00:00Z"));
        Occurrences.Due due = Occurrences.due(calendar, series, Instant.parse("2030-03-29T08:00:00Z"));
        assertThat(due.next()).isEqualTo(Instant.parse("2030-03-30T08:00:00Z"));
        series = series.occurred(series.rule().instant(due.occurrence()), due.next());
        // Sunday 31 March 2030 Berlin moves to summer time: 09:00 is 07:00Z from then on
        due = Occurrences.due(calendar, series.occurred(Instant.EPOCH, Instant.parse("2030-03-31T07:00:00Z")),
                Instant.parse("2030-03-31T07:00:00Z"));
        assertThat(due.next()).isEqualTo(Instant.parse("2030-04-01T07:00:00Z"));
    }

    @Test
    void after_missed_ticks_only_the_latest_occurrence_is_created_and_the_others_are_counted_as_skipped() {
        Daily calendar = new Daily(null);
        Recurrence series = aSeries(calendar, Instant.parse("2030-03-01T00:00:00Z"));
        Occurrences.Due due = Occurrences.due(calendar, series, Instant.parse("2030-04-02T12:00:00Z"));
        assertThat(due.occurrence()).isEqualTo(LocalDateTime.of(2030, 4, 2, 9, 0));
        assertThat(due.skipped()).isEqualTo(4); // 29, 30, 31 March and 1 April
        assertThat(due.next()).isEqualTo(Instant.parse("2030-04-03T07:00:00Z"));
        assertThat(TEMPLATE.titleOn(due.occurrence().toLocalDate())).isEqualTo("Stand-up notes 2030-04-02");
        assertThat(TEMPLATE.dueOn(due.occurrence().toLocalDate())).isEqualTo(LocalDate.of(2030, 4, 4));
    }

    @Test
    void the_last_date_of_the_rule_ends_the_series() {
        Daily calendar = new Daily(LocalDate.of(2030, 3, 30));
        Recurrence series = aSeries(calendar, Instant.parse("2030-03-01T00:00:00Z"));
        Occurrences.Due due = Occurrences.due(calendar, series, Instant.parse("2030-03-30T08:00:00Z"));
        Recurrence after = series.occurred(series.rule().instant(due.occurrence()), due.next());
        assertThat(after.status()).isEqualTo(RecurrenceStatus.ENDED);
        assertThat(after.nextOccurrenceAt()).isNull();
        assertThat(after.occurrences()).isEqualTo(1);
    }

    @Test
    void a_rule_with_no_date_left_or_a_bad_template_is_refused_and_an_ended_series_stays_ended() {
        assertThatThrownBy(() -> aSeries(new Daily(LocalDate.of(2030, 3, 30)), Instant.parse("2030-04-01T00:00:00Z")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RECURRENCE));
        RecurrenceTemplate untitled = new RecurrenceTemplate(" ", null, null, null, null, null, null, null, 400);
        assertThatThrownBy(() -> Recurrence.create(UUID.randomUUID(), UUID.randomUUID(), untitled, DAILY,
                new Daily(null), Instant.parse("2030-03-01T00:00:00Z")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors()).hasSize(2));
        Recurrence ended = aSeries(new Daily(null), Instant.parse("2030-03-01T00:00:00Z")).end(Instant.now());
        assertThatThrownBy(() -> ended.end(Instant.now())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.RECURRENCE_ENDED));
    }
}
