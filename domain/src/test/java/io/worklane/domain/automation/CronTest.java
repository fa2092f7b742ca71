package io.worklane.domain.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expectations worked out by hand on a calendar; 2025-03-10 is a Monday. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CronTest {

    private static ZonedDateTime at(String isoWithZone) {
        return ZonedDateTime.parse(isoWithZone);
    }

    private static ZonedDateTime next(String cron, String after) {
        return Cron.parse(cron, "cron").next(at(after));
    }

    @Nested
    class Next {
        @Test
        void weekday_mornings_skip_the_weekend() {
            assertThat(next("0 9 * * MON-FRI", "2025-03-14T09:00+01:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-03-17T09:00+01:00[Europe/Berlin]"));
            assertThat(next("0 9 * * MON-FRI", "2025-03-10T08:59:59+01:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-03-10T09:00+01:00[Europe/Berlin]"));
        }

        @Test
        void the_next_time_is_strictly_after_the_given_one() {
            assertThat(next("0 9 * * *", "2025-03-10T09:00Z[UTC]")).isEqualTo(at("2025-03-11T09:00Z[UTC]"));
            assertThat(next("* * * * *", "2025-03-10T09:00:30Z[UTC]")).isEqualTo(at("2025-03-10T09:01Z[UTC]"));
        }

        @Test
        void steps_lists_and_ranges() {
            assertThat(next("*/15 * * * *", "2025-03-10T10:07Z[UTC]")).isEqualTo(at("2025-03-10T10:15Z[UTC]"));
            assertThat(next("*/15 * * * *", "2025-03-10T10:45Z[UTC]")).isEqualTo(at("2025-03-10T11:00Z[UTC]"));
            assertThat(next("5/20 * * * *", "2025-03-10T10:26Z[UTC]")).isEqualTo(at("2025-03-10T10:45Z[UTC]"));
            assertThat(next("0-30/10 8,17 * * *", "2025-03-10T08:31Z[UTC]")).isEqualTo(at("2025-03-10T17:00Z[UTC]"));
            assertThat(next("0 0 * jan,Jul *", "2025-03-10T00:00Z[UTC]")).isEqualTo(at("2025-07-01T00:00Z[UTC]"));
        }

        @Test
        void seven_is_sunday_like_zero() {
            assertThat(next("0 0 * * 7", "2025-03-10T00:00Z[UTC]")).isEqualTo(at("2025-03-16T00:00Z[UTC]"));
            assertThat(next("0 0 * * 0", "2025-03-10T00:00Z[UTC]")).isEqualTo(at("2025-03-16T00:00Z[UTC]"));
        }

        @Test
        void months_without_the_day_are_skipped() {
            assertThat(next("0 0 31 * *", "2025-01-31T00:00Z[UTC]")).isEqualTo(at("2025-03-31T00:00Z[UTC]"));
            assertThat(next("0 0 30 * *", "2025-01-30T00:00Z[UTC]")).isEqualTo(at("2025-03-30T00:00Z[UTC]"));
        }

        @Test
        void february_29_waits_for_a_leap_year() {
            assertThat(next("0 0 29 2 *", "2025-01-01T00:00Z[UTC]")).isEqualTo(at("2028-02-29T00:00Z[UTC]"));
            assertThat(next("0 0 29 2 *", "2024-02-29T00:00Z[UTC]")).isEqualTo(at("2028-02-29T00:00Z[UTC]"));
            assertThat(next("0 12 * 2 *", "2024-02-28T12:00Z[UTC]")).isEqualTo(at("2024-02-29T12:00Z[UTC]"));
        }

        @Test
        void both_day_fields_restricted_means_either_matches() {
            // the 13th of March 2025 is a Thursday, the 14th a Friday
            assertThat(next("0 0 13 * FRI", "2025-03-10T00:00Z[UTC]")).isEqualTo(at("2025-03-13T00:00Z[UTC]"));
            assertThat(next("0 0 13 * FRI", "2025-03-13T00:00Z[UTC]")).isEqualTo(at("2025-03-14T00:00Z[UTC]"));
            assertThat(next("0 0 13 * FRI", "2025-03-14T00:00Z[UTC]")).isEqualTo(at("2025-03-21T00:00Z[UTC]"));
        }

        @Test
        void a_day_field_starting_with_a_star_leaves_the_other_to_decide_both() {
            // days 1, 11, 21, 31 that are Fridays: the 11th is a Tuesday, the 21st a Friday
            assertThat(next("0 0 */10 * FRI", "2025-03-10T00:00Z[UTC]")).isEqualTo(at("2025-03-21T00:00Z[UTC]"));
            // 29 February on a Sunday: 2032
            assertThat(next("0 0 29 2 */7", "2025-01-01T00:00Z[UTC]")).isEqualTo(at("2032-02-29T00:00Z[UTC]"));
        }

        @Test
        void macros_stand_for_their_schedules() {
            String monday = "2025-03-10T10:30Z[UTC]";
            assertThat(next("@hourly", monday)).isEqualTo(at("2025-03-10T11:00Z[UTC]"));
            assertThat(next("@daily", monday)).isEqualTo(at("2025-03-11T00:00Z[UTC]"));
            assertThat(next("@weekly", monday)).isEqualTo(at("2025-03-16T00:00Z[UTC]"));
            assertThat(next("@monthly", monday)).isEqualTo(at("2025-04-01T00:00Z[UTC]"));
            assertThat(next("@YEARLY", monday)).isEqualTo(at("2026-01-01T00:00Z[UTC]"));
        }

        @Test
        void the_answer_is_in_the_zone_of_the_question() {
            ZonedDateTime result = next("0 9 * * *", "2025-03-10T12:00+01:00[Europe/Berlin]");

            assertThat(result).isEqualTo(at("2025-03-11T09:00+01:00[Europe/Berlin]"));
            assertThat(result.toInstant()).hasToString("2025-03-11T08:00:00Z");
        }
    }

    /** Berlin moves from 02:00 CET to 03:00 CEST on 2025-03-30, and back from 03:00 CEST to 02:00 CET on 2025-10-26. */
    @Nested
    class DaylightSavingInBerlin {
        @Test
        void a_daily_time_keeps_its_wall_clock_time_across_the_change() {
            assertThat(next("0 9 * * *", "2025-03-29T09:00+01:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-03-30T09:00+02:00[Europe/Berlin]"));
            assertThat(next("0 9 * * *", "2025-10-25T09:00+02:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-10-26T09:00+01:00[Europe/Berlin]"));
        }

        @Test
        void a_skipped_time_fires_once_when_the_clock_jumps() {
            assertThat(next("30 2 * * *", "2025-03-29T02:30+01:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-03-30T03:00+02:00[Europe/Berlin]"));
            assertThat(next("30 2 * * *", "2025-03-30T03:00+02:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-03-31T02:30+02:00[Europe/Berlin]"));
            assertThat(next("*/15 * * * *", "2025-03-30T01:50+01:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-03-30T03:00+02:00[Europe/Berlin]"));
            assertThat(next("*/15 * * * *", "2025-03-30T03:00+02:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-03-30T03:15+02:00[Europe/Berlin]"));
        }

        @Test
        void a_repeated_time_fires_only_at_its_first_occurrence() {
            assertThat(next("30 2 * * *", "2025-10-25T02:30+02:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-10-26T02:30+02:00[Europe/Berlin]"));
            assertThat(next("30 2 * * *", "2025-10-26T02:30+02:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-10-27T02:30+01:00[Europe/Berlin]"));
            assertThat(next("15 2 * * *", "2025-10-26T02:10+01:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-10-27T02:15+01:00[Europe/Berlin]"));
            assertThat(next("*/30 * * * *", "2025-10-26T02:30+02:00[Europe/Berlin]"))
                    .isEqualTo(at("2025-10-26T03:00+01:00[Europe/Berlin]"));
        }
    }

    @Nested
    class Refusing {
        private String refusal(String text) {
            DomainException e = catchThrowableOfType(DomainException.class, () -> Cron.parse(text, "trigger.cron"));
            assertThat(e).as("refusal of %s", text).isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("trigger.cron", "INVALID_CRON"));
            return e.errors().get(0).message();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "0 25 * * *       | hour 25 is out of range 0–23",
                "60 * * * *       | minute 60 is out of range 0–59",
                "0 0 0 * *        | day-of-month 0 is out of range 1–31",
                "0 0 * 13 *       | month 13 is out of range 1–12",
                "0 0 * * 8        | day-of-week 8 is out of range 0–7",
                "0 0 * JANU *     | month 'JANU' is not a number 1–12 or a name JAN–DEC",
                "0 0 * * FUN      | day-of-week 'FUN' is not a number 0–7 or a name SUN–SAT",
                "0 MON * * *      | hour 'MON' is not a number 0–23",
                "-1 * * * *       | minute '-1' is not a number 0–59",
                "0 0 * * FRI-MON  | day-of-week range FRI-MON runs backwards; write the smaller value first",
                "*/0 * * * *      | minute step '0' must be a number from 1 to 60",
                "0 */x * * *      | hour step 'x' must be a number from 1 to 24",
                "0 1,,2 * * *     | hour '1,,2' has an empty entry between commas",
                "0 9 * *          | expected 5 fields (minute hour day-of-month month day-of-week) or a macro such as @daily; found 4",
                "0 9 * * * *      | expected 5 fields (minute hour day-of-month month day-of-week) or a macro such as @daily; found 6",
                "@dayly           | unknown macro '@dayly'; use @yearly, @monthly, @weekly, @daily or @hourly",
                "0 0 30 2 *       | day-of-month 30 never occurs in month 2, so the schedule would never fire",
                "0 0 31 APR,JUN * | day-of-month 31 never occurs in month APR,JUN, so the schedule would never fire",
        })
        void a_bad_expression_is_refused_naming_the_field_at_fault(String text, String message) {
            assertThat(refusal(text)).isEqualTo(message);
        }

        @Test
        void a_long_expression_is_refused() {
            assertThat(refusal("0 0 * * " + "1,".repeat(100) + "1")).isEqualTo("has more than 200 characters");
        }

        @Test
        void a_missing_expression_is_required() {
            assertThatThrownBy(() -> Cron.parse("  ", "trigger.cron")).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                            .containsExactly(tuple("trigger.cron", "REQUIRED")));
            assertThatThrownBy(() -> Cron.parse(null, "trigger.cron")).isInstanceOf(DomainException.class);
        }

        @Test
        void both_day_fields_restricted_may_name_a_day_that_never_occurs() {
            assertThat(next("0 0 30 2 MON", "2025-01-01T00:00Z[UTC]")).isEqualTo(at("2025-02-03T00:00Z[UTC]"));
        }
    }

    @Test
    void a_cron_keeps_its_text_and_is_identified_by_it() {
        Cron cron = Cron.parse(" 0 9 * * MON-FRI ", "cron");

        assertThat(cron.text()).isEqualTo("0 9 * * MON-FRI");
        assertThat(cron).isEqualTo(Cron.parse("0 9 * * MON-FRI", "x")).hasToString("0 9 * * MON-FRI");
    }
}
