package io.worklane.domain.webhook;

import static io.worklane.domain.Refusals.invalid;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RetryScheduleTest {
    private static final String SETTING = "WORKLANE_WEBHOOKS_RETRY_SCHEDULE";

    /** A generator whose nextDouble() is always {@code u}: 0 is the lowest jitter, 0.5 none. */
    private static RandomGenerator drawing(double u) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return u;
            }
        };
    }

    private static List<FieldError> refusalOf(String text) {
        return catchThrowableOfType(() -> RetrySchedule.parse(text, SETTING), DomainException.class).errors();
    }

    @Test
    void the_default_is_eight_attempts_from_immediately_to_ten_hours() {
        assertThat(RetrySchedule.DEFAULT.delays()).containsExactly(Duration.ZERO, ofSeconds(5), ofMinutes(5),
                ofMinutes(30), ofHours(2), ofHours(5), ofHours(10), ofHours(10));
        assertThat(RetrySchedule.DEFAULT.maxAttempts()).isEqualTo(8);
    }

    @Test
    void every_unit_reads_and_spaces_around_entries_do_not_matter() {
        assertThat(RetrySchedule.parse(" 0s, 250ms ,5s,5m, 2h,1d ", SETTING).delays())
                .containsExactly(Duration.ZERO, ofMillis(250), ofSeconds(5), ofMinutes(5), ofHours(2), Duration.ofDays(1));
    }

    @Test
    void a_fast_schedule_for_tests() {
        RetrySchedule fast = RetrySchedule.parse("0ms,10ms,20ms", SETTING);

        assertThat(fast.maxAttempts()).isEqualTo(3);
        assertThat(fast.delayBeforeAttempt(3, drawing(0.5))).contains(ofMillis(20));
    }

    @Test
    void every_bad_entry_is_named_with_its_position_and_text() {
        List<FieldError> errors = refusalOf("0s,5x,,10,-5s,1.5h,5S");

        assertThat(errors).extracting(FieldError::field).containsExactly(SETTING + "[1]", SETTING + "[2]",
                SETTING + "[3]", SETTING + "[4]", SETTING + "[5]", SETTING + "[6]");
        assertThat(errors).extracting(FieldError::code).containsOnly("INVALID_DURATION");
        assertThat(errors.get(0).message()).isEqualTo("entry 2 of 7, '5x', must be a whole number followed by"
                + " ms, s, m, h or d, such as 30s or 5m");
        assertThat(errors.get(1).message()).startsWith("entry 3 of 7, '',");
        assertThat(errors.get(3).message()).startsWith("entry 5 of 7, '-5s',");
    }

    @Test
    void the_first_entry_is_the_immediate_first_attempt() {
        List<FieldError> errors = refusalOf("5s,5m");

        assertThat(errors).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple(SETTING + "[0]", "FIRST_NOT_IMMEDIATE"));
        assertThat(errors.get(0).message()).contains("'5s'", "start the list with 0s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void an_empty_schedule_is_refused(String text) {
        assertThatThrownBy(() -> RetrySchedule.parse(text, SETTING))
                .isInstanceOfSatisfying(DomainException.class, invalid(SETTING, "REQUIRED"));
    }

    @Test
    void an_overlong_entry_is_shown_shortened() {
        assertThat(refusalOf("0s," + "9".repeat(50) + "s").get(0).message())
                .contains("'" + "9".repeat(20) + "…'").hasSizeLessThan(150);
    }

    @Test
    void without_jitter_each_attempt_waits_its_entry() {
        RandomGenerator none = drawing(0.5);

        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(1, none)).contains(Duration.ZERO);
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(2, none)).contains(ofSeconds(5));
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(8, none)).contains(ofHours(10));
    }

    @Test
    void jitter_moves_a_wait_by_up_to_ten_percent_either_way() {
        // 5 s - 10 % = 4.5 s; 5 min + 5 % (u = 0.75) = 315 s; 2 h + 10 % of 0.9998 = 7,919.856 s
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(2, drawing(0.0))).contains(ofMillis(4_500));
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(3, drawing(0.75))).contains(ofSeconds(315));
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(5, drawing(0.9999))).contains(ofMillis(7_919_856));
    }

    @Test
    void the_first_attempt_is_immediate_whatever_the_draw() {
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(1, drawing(0.0))).contains(Duration.ZERO);
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(1, drawing(0.9999))).contains(Duration.ZERO);
    }

    @Test
    void random_waits_stay_within_ten_percent_and_are_never_negative() {
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            Duration wait = RetrySchedule.DEFAULT.delayBeforeAttempt(4, random).orElseThrow();
            assertThat(wait).isBetween(ofMinutes(27), ofMinutes(33));
        }
    }

    @Test
    void after_the_last_attempt_there_is_no_next_one() {
        assertThat(RetrySchedule.DEFAULT.delayBeforeAttempt(9, drawing(0.5))).isEmpty();
        assertThatThrownBy(() -> RetrySchedule.DEFAULT.delayBeforeAttempt(0, drawing(0.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_schedule_built_in_code_needs_at_least_one_wait_and_none_negative() {
        assertThatThrownBy(() -> new RetrySchedule(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO, ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
