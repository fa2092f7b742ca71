package io.worklane.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ThresholdAlertsTest {
    private static final List<BigDecimal> DEFAULT = Thresholds.DEFAULT;
    private static final BigDecimal BAC = new BigDecimal("1000.00");

    private static ThresholdAlerts.Assessment at(Set<BigDecimal> before, String actual) {
        return ThresholdAlerts.assess(DEFAULT, before, BAC, new BigDecimal(actual));
    }

    @Test
    void reaching_80_percent_alerts_once_and_later_costs_do_not_alert_again() {
        var first = at(Set.of(), "800.00");
        assertThat(first.newlyCrossed()).containsExactly(new BigDecimal("0.8"));
        var later = at(first.crossed(), "850.00");
        assertThat(later.newlyCrossed()).isEmpty();
        assertThat(later.crossed()).containsExactly(new BigDecimal("0.8"));
    }

    @Test
    void one_big_cost_crosses_both_thresholds_at_once() {
        assertThat(at(Set.of(), "1200").newlyCrossed()).containsExactly(new BigDecimal("0.8"), new BigDecimal("1.0"));
    }

    @Test
    void falling_back_below_rearms_the_threshold() {
        var crossed = at(Set.of(), "900").crossed();
        var below = at(crossed, "700");
        assertThat(below.crossed()).isEmpty();
        assertThat(below.newlyCrossed()).isEmpty();
        assertThat(at(below.crossed(), "801").newlyCrossed()).containsExactly(new BigDecimal("0.8"));
    }

    @Test
    void just_below_a_threshold_does_not_cross_it_and_a_zero_budget_alerts_nothing() {
        assertThat(at(Set.of(), "799.99").newlyCrossed()).isEmpty();
        assertThat(ThresholdAlerts.assess(DEFAULT, Set.of(), BigDecimal.ZERO, BigDecimal.TEN).crossed()).isEmpty();
    }
}
