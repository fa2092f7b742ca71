package io.worklane.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneOffset.UTC);

    @Test
    void reads_seconds_and_http_dates_and_ignores_what_it_cannot_read() {
        assertThat(RetryAfter.parse("12", clock)).isEqualTo(Duration.ofSeconds(12));
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 17:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 16:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse(null, clock)).isNull();
    }

    @Test
    void the_policy_caps_long_waits() {
        assertThat(RetryPolicy.DEFAULT.waitAfter(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryPolicy.DEFAULT.waitAfter(3, null)).isEqualTo(Duration.ofSeconds(2));
    }
}
