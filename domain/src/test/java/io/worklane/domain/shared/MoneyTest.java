package io.worklane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneyTest {

    @Test
    void an_amount_is_scaled_to_the_decimals_of_its_currency() {
        assertThat(Money.of("12.5", "EUR")).isEqualTo(new Money(new BigDecimal("12.50"), "EUR"));
        assertThat(Money.of("1200", "JPY")).isEqualTo(new Money(new BigDecimal("1200"), "JPY"));
        assertThat(Money.of("1.234", "BHD").amount()).isEqualByComparingTo("1.234");
    }

    @Test
    void more_decimals_than_the_currency_has_are_refused() {
        assertThatThrownBy(() -> Money.of("12.505", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("12.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "JPY", "CHF", "BHD"})
    void iso_4217_codes_are_currencies(String code) {
        assertThat(Money.isCurrency(code)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "EURO", "eur", "XXQ", "EU", "€"})
    void anything_else_is_not_a_currency(String code) {
        assertThat(Money.isCurrency(code)).isFalse();
    }
}
