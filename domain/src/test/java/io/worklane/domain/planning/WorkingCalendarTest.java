package io.worklane.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Working days are Monday to Friday less the holidays; numbers and dates convert both ways. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingCalendarTest {
    private static final LocalDate CHRISTMAS = LocalDate.parse("2026-12-25"); // a Friday
    private static final LocalDate BOXING_DAY = LocalDate.parse("2026-12-26"); // a Saturday: changes nothing
    private static final LocalDate NEW_YEAR = LocalDate.parse("2027-01-01"); // a Friday
    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(CHRISTMAS, BOXING_DAY, NEW_YEAR));

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void weekends_and_holidays_are_not_working_days() {
        assertThat(calendar.isWorkingDay(d("2026-12-24"))).isTrue();
        assertThat(calendar.isWorkingDay(CHRISTMAS)).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-12-27"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-12-28"))).isTrue();
    }

    @Test
    void a_non_working_day_takes_the_next_working_days_number_or_the_previous_ones() {
        int thursday = calendar.onOrAfter(d("2026-12-24"));
        assertThat(calendar.onOrAfter(CHRISTMAS)).isEqualTo(thursday + 1);
        assertThat(calendar.onOrAfter(d("2026-12-27"))).isEqualTo(thursday + 1);
        assertThat(calendar.dateOf(thursday + 1)).isEqualTo(d("2026-12-28"));
        assertThat(calendar.onOrBefore(CHRISTMAS)).isEqualTo(thursday);
        assertThat(calendar.onOrBefore(d("2026-12-27"))).isEqualTo(thursday);
    }

    @Test
    void the_two_weeks_over_christmas_and_new_year_have_eight_working_days() {
        assertThat(calendar.workingDays(d("2026-12-21"), d("2027-01-03"))).isEqualTo(8);
        assertThat(WorkingCalendar.weekdays().workingDays(d("2026-12-21"), d("2027-01-03"))).isEqualTo(10);
        assertThat(calendar.workingDays(d("2026-12-26"), d("2026-12-27"))).isZero();
        assertThat(calendar.workingDays(d("2026-12-28"), d("2026-12-21"))).isZero();
    }

    @Test
    void adding_working_days_skips_weekends_and_holidays() {
        int start = calendar.onOrAfter(d("2026-12-23"));
        assertThat(calendar.dateOf(start + 1)).isEqualTo(d("2026-12-24"));
        assertThat(calendar.dateOf(start + 2)).isEqualTo(d("2026-12-28"));
        assertThat(calendar.dateOf(start + 6)).isEqualTo(d("2027-01-04"));
        assertThat(calendar.dateOf(start - 3)).isEqualTo(d("2026-12-18"));
    }

    @Test
    void numbers_and_dates_round_trip_before_and_after_the_epoch_and_across_holidays() {
        for (LocalDate day = d("1969-12-01"); day.isBefore(d("1970-02-01")); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                assertThat(calendar.dateOf(calendar.onOrAfter(day))).isEqualTo(day);
            }
        }
        for (LocalDate day = d("2026-12-01"); day.isBefore(d("2027-02-01")); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                assertThat(calendar.dateOf(calendar.onOrAfter(day))).isEqualTo(day);
                assertThat(calendar.onOrBefore(day)).isEqualTo(calendar.onOrAfter(day));
            }
        }
    }
}
