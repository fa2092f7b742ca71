package io.worklane.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class NextAttemptTest {
    private static final RetrySchedule SCHEDULE = RetrySchedule.parse("0s,5s,5m", "s");
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    private static RandomGenerator middle() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
    }

    @Test
    void a_success_is_delivered() {
        var next = NextAttempt.after(1, DeliveryOutcome.success("HTTP 200."), SCHEDULE, middle(), NOW);
        assertThat(next).isEqualTo(new NextAttempt(DeliveryStatus.DELIVERED, null, false));
    }

    @Test
    void a_failure_waits_for_the_schedules_next_entry() {
        var next = NextAttempt.after(1, DeliveryOutcome.retry("HTTP 500."), SCHEDULE, middle(), NOW);
        assertThat(next).isEqualTo(new NextAttempt(DeliveryStatus.PENDING, NOW.plusSeconds(5), false));
        var later = NextAttempt.after(2, DeliveryOutcome.retry("HTTP 500."), SCHEDULE, middle(), NOW);
        assertThat(later.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void the_last_attempt_of_the_schedule_failing_is_failed() {
        var next = NextAttempt.after(3, DeliveryOutcome.retry("HTTP 500."), SCHEDULE, middle(), NOW);
        assertThat(next).isEqualTo(new NextAttempt(DeliveryStatus.FAILED, null, false));
        assertThat(next.failed()).isTrue();
    }

    @Test
    void retry_after_only_lengthens_the_wait() {
        var longer = ResponseClassifier.classify(429, Map.of("Retry-After", List.of("60")), NOW);
        assertThat(NextAttempt.after(1, longer, SCHEDULE, middle(), NOW).nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        var shorter = ResponseClassifier.classify(503, Map.of("retry-after", List.of("1")), NOW);
        assertThat(NextAttempt.after(1, shorter, SCHEDULE, middle(), NOW).nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void gone_fails_at_once_and_disables_the_subscription() {
        var gone = ResponseClassifier.classify(410, Map.of(), NOW);
        assertThat(NextAttempt.after(1, gone, SCHEDULE, middle(), NOW))
                .isEqualTo(new NextAttempt(DeliveryStatus.FAILED, null, true));
    }
}
