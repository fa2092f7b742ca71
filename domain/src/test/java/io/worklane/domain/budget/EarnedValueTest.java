package io.worklane.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EarnedValueTest {
    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void the_issue_example_half_done_with_6000_spent_of_10000_has_cpi_0_8333_and_eac_12000() {
        // BAC 10,000; half the estimate done → EV 5,000; AC 6,000; PV 4,000 (planned so far)
        EarnedValue ev = EarnedValue.of(eur("10000"), new BigDecimal("4000"), eur("6000"), 600, 1200);
        assertThat(ev.percentComplete()).isEqualByComparingTo("0.5");
        assertThat(ev.ev()).isEqualTo(eur("5000.00"));
        assertThat(ev.cpi()).isEqualTo(new BigDecimal("0.8333"));
        assertThat(ev.eac()).isEqualTo(eur("12000.00"));
        assertThat(ev.etc()).isEqualTo(eur("6000.00"));   // 12,000 − 6,000
        assertThat(ev.vac()).isEqualTo(eur("-2000.00"));  // 10,000 − 12,000
        assertThat(ev.cv()).isEqualTo(eur("-1000.00"));   // 5,000 − 6,000
        assertThat(ev.sv()).isEqualTo(eur("1000.00"));    // 5,000 − 4,000
        assertThat(ev.spi()).isEqualTo(new BigDecimal("1.2500"));
        assertThat(ev.pv()).isEqualTo(eur("4000.00"));
    }

    @Test
    void nothing_spent_leaves_cpi_eac_etc_and_vac_undefined_instead_of_dividing_by_zero() {
        EarnedValue ev = EarnedValue.of(eur("10000"), BigDecimal.ZERO, eur("0"), 300, 1200);
        assertThat(ev.ev()).isEqualTo(eur("2500.00"));
        assertThat(ev.cpi()).isNull();
        assertThat(ev.spi()).isNull(); // PV 0
        assertThat(ev.eac()).isNull();
        assertThat(ev.etc()).isNull();
        assertThat(ev.vac()).isNull();
        assertThat(ev.cv()).isEqualTo(eur("2500.00"));
    }

    @Test
    void without_estimates_percent_complete_and_everything_from_it_are_undefined() {
        EarnedValue ev = EarnedValue.of(eur("10000"), null, eur("100"), 0, 0);
        assertThat(ev.percentComplete()).isNull();
        assertThat(ev.ev()).isNull();
        assertThat(ev.cv()).isNull();
        assertThat(ev.sv()).isNull();
        assertThat(ev.pv()).isNull();
        assertThat(ev.cpi()).isNull();
        assertThat(ev.eac()).isNull();
    }

    @Test
    void spending_with_nothing_done_has_cpi_zero_and_no_eac() {
        EarnedValue ev = EarnedValue.of(eur("10000"), null, eur("100"), 0, 600);
        assertThat(ev.cpi()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(ev.eac()).isNull();
    }

    @Test
    void money_is_rounded_half_up_to_the_currency_decimals() {
        // BAC 100.00, one third done → EV 33.333… → 33.33; AC 40 → EAC 100 × 40 ÷ 33.33 = 120.0120… → 120.01
        EarnedValue ev = EarnedValue.of(eur("100"), null, eur("40"), 1, 3);
        assertThat(ev.ev()).isEqualTo(eur("33.33"));
        assertThat(ev.percentComplete()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(ev.eac()).isEqualTo(eur("120.01"));
        // JPY has no decimals: BAC 1000, two thirds done → EV 666.67 → 667
        EarnedValue yen = EarnedValue.of(Money.of("1000", "JPY"), null, Money.of("500", "JPY"), 2, 3);
        assertThat(yen.ev()).isEqualTo(Money.of("667", "JPY"));
    }
}
