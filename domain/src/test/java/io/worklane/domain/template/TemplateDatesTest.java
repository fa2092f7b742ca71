package io.worklane.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.planning.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working-day offsets from a project's start, hand-worked on December 2026 (Christmas on a Friday). */
class TemplateDatesTest {
    private static final LocalDate MON_14 = LocalDate.of(2026, 12, 14);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate BOXING_DAY_OBSERVED = LocalDate.of(2026, 12, 28);
    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(CHRISTMAS, BOXING_DAY_OBSERVED));

    @Test
    void offsets_count_working_days_from_the_start() {
        TemplateDates dates = TemplateDates.from(calendar, MON_14);
        assertThat(dates.startOffset(MON_14)).isZero();
        assertThat(dates.startOffset(LocalDate.of(2026, 12, 18))).isEqualTo(4);      // Friday
        assertThat(dates.startOffset(LocalDate.of(2026, 12, 21))).isEqualTo(5);      // next Monday
        // Christmas (Friday) and the 28th (Monday) are holidays: the 29th is the 10th working day after the 14th
        assertThat(dates.startOffset(LocalDate.of(2026, 12, 29))).isEqualTo(9);
    }

    @Test
    void a_day_off_starts_on_the_next_working_day_and_ends_on_the_previous_one() {
        TemplateDates dates = TemplateDates.from(calendar, MON_14);
        LocalDate saturday = LocalDate.of(2026, 12, 19);
        assertThat(dates.startOffset(saturday)).isEqualTo(5);   // Monday the 21st
        assertThat(dates.endOffset(saturday)).isEqualTo(4);     // Friday the 18th
        assertThat(dates.startOffset(CHRISTMAS)).isEqualTo(9);  // Tuesday the 29th (the 28th is off too)
        assertThat(dates.endOffset(CHRISTMAS)).isEqualTo(8);    // Thursday the 24th
    }

    @Test
    void shifting_lands_every_offset_on_a_working_day_of_the_new_calendar() {
        // the template was saved from a project starting on Monday the 14th: a task of offsets 4..6
        TemplateDates saved = TemplateDates.from(WorkingCalendar.weekdays(), MON_14);
        int start = saved.startOffset(LocalDate.of(2026, 12, 18));
        int end = saved.endOffset(LocalDate.of(2026, 12, 22));
        assertThat(start).isEqualTo(4);
        assertThat(end).isEqualTo(6);
        // instantiated from Saturday the 19th: counted from Monday the 21st, around Christmas and the 28th
        TemplateDates shifted = TemplateDates.from(calendar, LocalDate.of(2026, 12, 19));
        assertThat(shifted.at(0)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(shifted.at(start)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(shifted.at(end)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(shifted.at(-1)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(shifted.at(null)).isNull();
        for (int offset = -10; offset <= 30; offset++) {
            assertThat(calendar.isWorkingDay(shifted.at(offset))).as("offset %d", offset).isTrue();
        }
    }

    @Test
    void round_trip_keeps_working_days_whatever_the_start() {
        TemplateDates dates = TemplateDates.from(calendar, LocalDate.of(2026, 12, 23));
        for (int offset = -20; offset <= 40; offset++) {
            assertThat(dates.startOffset(dates.at(offset))).isEqualTo(offset);
            assertThat(dates.endOffset(dates.at(offset))).isEqualTo(offset);
        }
    }
}
