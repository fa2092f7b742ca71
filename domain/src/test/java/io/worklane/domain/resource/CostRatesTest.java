package io.worklane.domain.resource;

import static io.worklane.domain.resource.ResourceFixtures.MONDAY;
import static io.worklane.domain.resource.ResourceFixtures.aFortyHourPerson;
import static io.worklane.domain.resource.ResourceFixtures.withRates;
import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.shared.Money;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CostRatesTest {
    private static final Resource ADA = withRates(aFortyHourPerson(), List.of(
            new NewResource.RateInput("2026-01-01", "80.00", "EUR", "HOUR"),
            new NewResource.RateInput(MONDAY.plusDays(2).toString(), "90", "EUR", null)));

    @Test
    void a_rate_change_mid_week_prices_entries_on_either_side_differently() {
        // Tuesday: 90 minutes at 80.00/h = 120.00; Wednesday (new rate): 90 minutes at 90.00/h = 135.00
        assertThat(ADA.costRates().costOf(90, MONDAY.plusDays(1))).contains(Money.of("120.00", "EUR"));
        assertThat(ADA.costRates().costOf(90, MONDAY.plusDays(2))).contains(Money.of("135.00", "EUR"));
    }

    @Test
    void costs_are_rounded_half_even_to_the_currencys_digits() {
        // 50 minutes at 80.00/h = 66.666… → 66.67; 1 minute at 0.30/h = 0.005 → 0.00 (half to even)
        assertThat(ADA.costRates().costOf(50, MONDAY)).contains(Money.of("66.67", "EUR"));
        Resource cheap = withRates(aFortyHourPerson(), List.of(new NewResource.RateInput("2026-01-01", "0.30", "EUR",
                "HOUR")));
        assertThat(cheap.costRates().costOf(1, MONDAY)).contains(Money.of("0.00", "EUR"));
        Resource yen = withRates(aFortyHourPerson(), List.of(new NewResource.RateInput("2026-01-01", "5000", "JPY",
                "HOUR")));
        assertThat(yen.costRates().costOf(7, MONDAY)).contains(Money.of("583", "JPY"));
    }

    @Test
    void before_the_first_rate_there_is_no_cost() {
        assertThat(ADA.costRates().costOf(60, java.time.LocalDate.of(2025, 12, 31))).isEmpty();
    }
}
