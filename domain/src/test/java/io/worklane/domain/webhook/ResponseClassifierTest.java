package io.worklane.domain.webhook;

import static io.worklane.domain.webhook.DeliveryOutcome.Kind.DISABLE;
import static io.worklane.domain.webhook.DeliveryOutcome.Kind.RETRY;
import static io.worklane.domain.webhook.DeliveryOutcome.Kind.RETRY_AFTER;
import static io.worklane.domain.webhook.DeliveryOutcome.Kind.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResponseClassifierTest {
    /** 2015-10-21 was a Wednesday. */
    private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

    private static DeliveryOutcome classify(int status) {
        return ResponseClassifier.classify(status, Map.of(), NOW);
    }

    private static DeliveryOutcome classify(int status, String retryAfter) {
        return ResponseClassifier.classify(status, Map.of("Retry-After", List.of(retryAfter)), NOW);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void any_2xx_is_success(int status) {
        assertThat(classify(status).kind()).isEqualTo(SUCCESS);
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 301, 302, 303, 307, 308})
    void a_redirect_is_a_failure_that_is_not_followed(int status) {
        DeliveryOutcome outcome = classify(status);

        assertThat(outcome.kind()).isEqualTo(RETRY);
        assertThat(outcome.reason()).contains("redirects are not followed");
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 400, 401, 403, 404, 408, 409, 413, 422, 500, 501, 502, 504})
    void other_statuses_are_retried_on_the_schedule(int status) {
        assertThat(classify(status)).isEqualTo(DeliveryOutcome.retry("HTTP " + status + "."));
    }

    @Test
    void gone_disables_the_subscription() {
        DeliveryOutcome outcome = classify(410);

        assertThat(outcome.kind()).isEqualTo(DISABLE);
        assertThat(outcome.reason()).contains("410 Gone");
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void too_many_requests_and_unavailable_wait_the_seconds_asked(int status) {
        DeliveryOutcome outcome = classify(status, "120");

        assertThat(outcome.kind()).isEqualTo(RETRY_AFTER);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(outcome.reason()).isEqualTo("HTTP " + status + ": the receiver asked to wait 120 s.");
    }

    @Test
    void the_header_name_is_found_in_any_case_and_the_first_value_counts() {
        DeliveryOutcome outcome = ResponseClassifier.classify(429, Map.of("retry-after", List.of(" 30 ", "90")), NOW);

        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void without_a_readable_retry_after_they_are_retried_on_the_schedule() {
        assertThat(classify(429).kind()).isEqualTo(RETRY);
        assertThat(classify(503, "soon").kind()).isEqualTo(RETRY);
        assertThat(classify(503, "-5").kind()).isEqualTo(RETRY);
        assertThat(classify(503, "1.5").kind()).isEqualTo(RETRY);
        assertThat(classify(503, "Wed, 32 Oct 2015 07:28:00 GMT").kind()).isEqualTo(RETRY);
    }

    @Test
    void retry_after_on_other_statuses_is_ignored() {
        assertThat(classify(500, "120").kind()).isEqualTo(RETRY);
        assertThat(classify(301, "120").kind()).isEqualTo(RETRY);
    }

    @Test
    void a_timeout_or_a_failed_connection_is_retried() {
        assertThat(ResponseClassifier.timedOut()).isEqualTo(DeliveryOutcome.retry("No response within 15 s."));
        assertThat(ResponseClassifier.connectionFailed("connection refused."))
                .isEqualTo(DeliveryOutcome.retry("Could not deliver: connection refused."));
        assertThat(ResponseClassifier.REQUEST_TIMEOUT).isEqualTo(Duration.ofSeconds(15));
    }

    @Nested
    class Retry_after_dates {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Wed, 21 Oct 2015 07:28:00 GMT     | 60",
                "Wednesday, 21-Oct-15 07:28:00 GMT | 60",
                "Wed Oct 21 07:28:00 2015          | 60",
                "Wed Oct 21 08:27:30 2015          | 3630",
                "Thu, 22 Oct 2015 07:26:59 GMT     | 86399"})
        void all_three_http_date_forms_read_as_the_wait_from_now(String date, long seconds) {
            assertThat(classify(503, date).retryAfter()).isEqualTo(Duration.ofSeconds(seconds));
        }

        @Test
        void asctime_pads_a_one_digit_day_with_a_space() {
            Instant now = Instant.parse("1994-11-06T08:49:00Z");

            assertThat(ResponseClassifier.classify(503, Map.of("Retry-After", List.of("Sun Nov  6 08:49:37 1994")), now)
                    .retryAfter()).isEqualTo(Duration.ofSeconds(37));
        }

        @Test
        void a_date_already_past_means_no_extra_wait() {
            assertThat(classify(503, "Wed, 21 Oct 2015 07:00:00 GMT").retryAfter()).isEqualTo(Duration.ZERO);
        }

        @Test
        void a_two_digit_year_is_read_as_at_most_fifty_years_ahead() {
            Instant now = Instant.parse("2025-06-01T00:00:00Z");
            // 75 is 2075, 50 years ahead: in the future, so capped; 76 would be 51 years ahead, so it is 1976
            assertThat(RetryAfter.parse("Tuesday, 01-Jan-75 00:00:00 GMT", now)).contains(RetryAfter.CAP);
            assertThat(RetryAfter.parse("Thursday, 01-Jan-76 00:00:00 GMT", now)).contains(Duration.ZERO);
        }

        @Test
        void waits_beyond_a_day_are_capped_at_a_day() {
            assertThat(classify(429, "86401").retryAfter()).isEqualTo(Duration.ofHours(24));
            assertThat(classify(429, "99999999999999999999999").retryAfter()).isEqualTo(Duration.ofHours(24));
            assertThat(classify(503, "Fri, 23 Oct 2015 07:27:00 GMT").retryAfter()).isEqualTo(Duration.ofHours(24));
            assertThat(classify(429, "86400").retryAfter()).isEqualTo(Duration.ofHours(24));
            assertThat(classify(429, "0").retryAfter()).isEqualTo(Duration.ZERO);
        }
    }

    @Nested
    class The_next_wait {
        @Test
        void retry_after_lengthens_a_shorter_scheduled_wait_but_never_shortens_one() {
            DeliveryOutcome outcome = classify(429, "60");

            assertThat(outcome.waitBefore(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(60));
            assertThat(outcome.waitBefore(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        }

        @Test
        void a_plain_retry_waits_as_scheduled() {
            assertThat(classify(500).waitBefore(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(30));
        }
    }
}
