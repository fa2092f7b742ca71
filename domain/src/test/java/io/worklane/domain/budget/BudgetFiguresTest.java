package io.worklane.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BudgetFiguresTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate TARGET = LocalDate.parse("2026-04-10"); // 100 days

    private static Budget tenThousand() {
        return Budget.create(UUID.randomUUID(), UUID.randomUUID(), new NewBudget("EUR", List.of(
                new NewBudgetLine("LABOUR", "8000.00", "EUR", null),
                new NewBudgetLine("TRAVEL", "2000.00", "EUR", Map.of("2026-01", "1000.00", "2026-02", "1000.00"))),
                null, null), NOW);
    }

    private static ExchangeRateTable usdAt(String rate) {
        return new ExchangeRateTable(List.of(ExchangeRate.create(UUID.randomUUID(), "USD", "EUR", rate,
                LocalDate.parse("2026-01-01"), NOW)));
    }

    @Test
    void costs_are_converted_at_their_date_and_summed_by_category_and_month() {
        List<ActualCost> costs = List.of(
                new ActualCost(CostCategory.LABOUR, LocalDate.parse("2026-01-31"), Money.of("4000.00", "EUR")),
                new ActualCost(CostCategory.TRAVEL, LocalDate.parse("2026-02-03"), Money.of("1100.00", "USD")),
                new ActualCost(CostCategory.LABOUR, LocalDate.parse("2026-02-20"), Money.of("1000.00", "EUR")),
                new ActualCost(CostCategory.OTHER, LocalDate.parse("2026-03-01"), Money.of("99.00", "EUR")));
        // as of 2026-02-19 (50 days into a 100-day project); half the estimate done
        BudgetSummary s = BudgetFigures.of(new BudgetFigures.Inputs(tenThousand(), START, TARGET,
                LocalDate.parse("2026-02-19"), costs, usdAt("0.9090909091"), 30, 60));
        // 1,100 USD × 0.9090909091 = 1,000.00 EUR; the costs after the status date are not counted
        assertThat(s.actual()).isEqualTo(Money.of("5000.00", "EUR"));
        assertThat(s.remaining()).isEqualTo(Money.of("5000.00", "EUR"));
        assertThat(s.categories()).extracting(c -> c.category() + " " + c.actual().amount() + " " + c.remaining().amount())
                .containsExactly("LABOUR 4000.00 4000.00", "TRAVEL 1000.00 1000.00");
        assertThat(s.months()).extracting(m -> m.month() + " " + m.planned().amount() + " " + m.actual().amount())
                .containsExactly("2026-01 1000.00 4000.00", "2026-02 1000.00 1000.00");
        // 5,000 over 50 days = 100 a day; 50 days left to the target → 5,000 + 5,000
        assertThat(s.burnRatePerDay()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(s.forecastAtCompletion()).isEqualTo(Money.of("10000.00", "EUR"));
        // PV: LABOUR 8,000 × 50/100 = 4,000; TRAVEL 1,000 + 1,000 × 19/28 = 1,678.571… → 5,678.57
        assertThat(s.earnedValue().pv()).isEqualTo(Money.of("5678.57", "EUR"));
        assertThat(s.earnedValue().ev()).isEqualTo(Money.of("5000.00", "EUR"));
        assertThat(s.earnedValue().cpi()).isEqualByComparingTo("1.0000");
        assertThat(s.earnedValue().eac()).isEqualTo(Money.of("10000.00", "EUR"));
    }

    @Test
    void a_cost_in_a_currency_without_a_rate_that_day_is_refused() {
        List<ActualCost> costs = List.of(new ActualCost(CostCategory.TRAVEL, LocalDate.parse("2026-01-05"),
                Money.of("10.00", "GBP")));
        assertThatThrownBy(() -> BudgetFigures.of(new BudgetFigures.Inputs(tenThousand(), START, TARGET,
                LocalDate.parse("2026-02-01"), costs, usdAt("0.9"), 0, 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_EXCHANGE_RATE));
    }

    @Test
    void the_rate_in_force_is_the_latest_on_or_before_the_day_and_an_inverse_rate_serves_the_other_way() {
        ExchangeRateTable table = new ExchangeRateTable(List.of(
                ExchangeRate.create(UUID.randomUUID(), "EUR", "USD", "1.25", LocalDate.parse("2026-01-01"), NOW),
                ExchangeRate.create(UUID.randomUUID(), "EUR", "USD", "1.10", LocalDate.parse("2026-03-01"), NOW)));
        assertThat(table.convert(Money.of("100", "EUR"), "USD", LocalDate.parse("2026-02-28")))
                .isEqualTo(Money.of("125.00", "USD"));
        assertThat(table.convert(Money.of("100", "EUR"), "USD", LocalDate.parse("2026-03-01")))
                .isEqualTo(Money.of("110.00", "USD"));
        assertThat(table.convert(Money.of("125", "USD"), "EUR", LocalDate.parse("2026-02-01")))
                .isEqualTo(Money.of("100.00", "EUR"));
        assertThat(table.converts("EUR", "USD", LocalDate.parse("2025-12-31"))).isFalse();
    }
}
