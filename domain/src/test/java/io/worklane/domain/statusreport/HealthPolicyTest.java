package io.worklane.domain.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HealthPolicyTest {
    private static HealthSignals calm() {
        return new HealthSignals(0, null, 0, 0, new BigDecimal("1.0000"), new BigDecimal("1.0500"), null, 6, 0);
    }

    @Test
    void no_warning_sign_is_on_track() {
        var s = HealthPolicy.suggest(calm());
        assertThat(s.health()).isEqualTo(Health.ON_TRACK);
        assertThat(s.reasons()).containsExactly("no warning signs in schedule, budget or risks");
    }

    @Test
    void worrying_signs_are_at_risk_with_each_reason() {
        var s = HealthPolicy.suggest(new HealthSignals(3, null, 0, 1, new BigDecimal("0.9000"), null,
                new BigDecimal("0.8"), 15, 2));
        assertThat(s.health()).isEqualTo(Health.AT_RISK);
        assertThat(s.reasons()).containsExactly("1 milestone(s) at risk of slipping",
                "forecast finish 3 working day(s) after the target date", "SPI 0.9000",
                "actual costs reached 80 % of the budget", "an open risk has exposure 15",
                "2 item(s) blocked by unfinished predecessors");
    }

    @Test
    void one_bad_sign_is_off_track_and_comes_first() {
        var s = HealthPolicy.suggest(new HealthSignals(11, 2, 1, 0, null, new BigDecimal("0.7500"), BigDecimal.ONE, 20, 0));
        assertThat(s.health()).isEqualTo(Health.OFF_TRACK);
        assertThat(s.reasons()).startsWith("1 milestone(s) missed",
                "forecast finish 11 working day(s) after the target date");
        assertThat(s.reasons()).contains("CPI 0.7500", "actual costs reached 100 % of the budget",
                "an open risk has exposure 20", "forecast finish 2 working day(s) after the baseline");
    }

    @Test
    void a_published_report_is_final() {
        StatusReport draft = StatusReport.draft(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 7), HealthPolicy.suggest(calm()), Map.of(), false, Instant.EPOCH);
        StatusReport published = draft.edit("All good", null, null, Health.AT_RISK, Instant.EPOCH).publish("Ada",
                Instant.EPOCH);
        assertThat(published.health()).isEqualTo(Health.AT_RISK);
        assertThatThrownBy(() -> published.publish("Ada", Instant.EPOCH)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.STATUS_REPORT_PUBLISHED));
        assertThatThrownBy(() -> published.edit("Changed", null, null, null, Instant.EPOCH))
                .isInstanceOf(DomainException.class);
    }
}
