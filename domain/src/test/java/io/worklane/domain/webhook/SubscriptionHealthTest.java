package io.worklane.domain.webhook;

import static io.worklane.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SubscriptionHealthTest {

    /** {@code count} failures, the first {@code span} before NOW, the last at NOW. */
    private static FailureStreak failures(int count, Duration span) {
        FailureStreak streak = FailureStreak.NONE;
        for (int i = 0; i < count; i++) {
            streak = streak.failed(i == 0 ? NOW.minus(span) : NOW);
        }
        return streak;
    }

    @Nested
    class Streak {
        @Test
        void a_streak_counts_failures_from_the_first_one() {
            Instant first = NOW.minus(Duration.ofDays(2));
            FailureStreak streak = FailureStreak.NONE.failed(first).failed(NOW.minus(Duration.ofDays(1))).failed(NOW);

            assertThat(streak).isEqualTo(new FailureStreak(3, first));
            assertThat(streak.length(NOW)).isEqualTo(Duration.ofDays(2));
        }

        @Test
        void a_success_ends_the_streak() {
            FailureStreak streak = failures(4, Duration.ofDays(3)).succeeded();

            assertThat(streak).isEqualTo(FailureStreak.NONE);
            assertThat(streak.length(NOW)).isZero();
            assertThat(streak.failed(NOW)).isEqualTo(new FailureStreak(1, NOW));
        }

        @Test
        void a_streak_has_failures_and_a_start_or_neither() {
            assertThatThrownBy(() -> new FailureStreak(1, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FailureStreak(0, NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new FailureStreak(-1, NOW)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Default_policy {
        private final SubscriptionHealth health = SubscriptionHealth.DEFAULT;

        @Test
        void five_failed_deliveries_over_five_days_disable_the_subscription() {
            assertThat(health.reasonToDisable(failures(5, Duration.ofDays(5)), NOW)).contains(
                    "Disabled after 5 failed deliveries in a row since 2025-03-05T09:00:00Z (5 days). Fix the receiver,"
                            + " then enable the subscription again.");
        }

        @Test
        void many_failures_within_one_outage_shorter_than_five_days_do_not() {
            assertThat(health.reasonToDisable(failures(50, Duration.ofDays(5).minusSeconds(1)), NOW)).isEmpty();
        }

        @Test
        void few_failures_on_a_quiet_subscription_do_not_however_long_ago() {
            assertThat(health.reasonToDisable(failures(4, Duration.ofDays(30)), NOW)).isEmpty();
        }

        @Test
        void no_failures_never_disable() {
            assertThat(health.reasonToDisable(FailureStreak.NONE, NOW)).isEmpty();
        }
    }

    @Test
    void the_thresholds_are_configurable() {
        SubscriptionHealth impatient = new SubscriptionHealth(1, Duration.ZERO);

        assertThat(impatient.reasonToDisable(FailureStreak.NONE.failed(NOW), NOW)).isPresent();
        assertThat(new SubscriptionHealth(3, Duration.ofHours(1)).reasonToDisable(failures(3, Duration.ofHours(1)), NOW))
                .isPresent();
    }

    @Test
    void thresholds_need_a_failure_and_no_negative_duration() {
        assertThatThrownBy(() -> new SubscriptionHealth(0, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubscriptionHealth(1, Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
