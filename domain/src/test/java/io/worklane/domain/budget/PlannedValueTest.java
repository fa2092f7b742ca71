package io.worklane.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlannedValueTest {
    static Budget budget(NewBudgetLine... lines) {
        return Budget.create(UUID.randomUUID(), UUID.randomUUID(), new NewBudget("EUR", List.of(lines), null, null),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void a_phased_line_counts_past_months_in_full_and_the_current_month_by_day() {
        Budget b = budget(new NewBudgetLine("LABOUR", "3000.00", "EUR",
                Map.of("2026-01", "1000.00", "2026-02", "1400.00", "2026-03", "600.00")));
        // 1,000 for January + 1,400 × 14/28 for February = 1,700
        assertThat(PlannedValue.of(b, null, null, LocalDate.parse("2026-02-14"))).isEqualByComparingTo("1700");
        assertThat(PlannedValue.of(b, null, null, LocalDate.parse("2025-12-31"))).isEqualByComparingTo("0");
        assertThat(PlannedValue.of(b, null, null, LocalDate.parse("2026-04-01"))).isEqualByComparingTo("3000");
    }

    @Test
    void an_unphased_line_is_spread_evenly_over_the_project_dates() {
        Budget b = budget(new NewBudgetLine("MATERIALS", "1000.00", "EUR", null));
        LocalDate start = LocalDate.parse("2026-01-01");
        LocalDate target = LocalDate.parse("2026-01-10"); // 10 days, 100 a day
        assertThat(PlannedValue.of(b, start, target, LocalDate.parse("2026-01-03"))).isEqualByComparingTo("300");
        assertThat(PlannedValue.of(b, start, target, LocalDate.parse("2025-12-01"))).isEqualByComparingTo("0");
        assertThat(PlannedValue.of(b, start, target, LocalDate.parse("2027-01-01"))).isEqualByComparingTo("1000");
    }

    @Test
    void an_unphased_line_without_project_dates_leaves_pv_undefined() {
        Budget b = budget(new NewBudgetLine("MATERIALS", "1000.00", "EUR", null));
        assertThat(PlannedValue.of(b, null, null, LocalDate.parse("2026-01-03"))).isNull();
        Budget zero = budget(new NewBudgetLine("MATERIALS", "0", "EUR", null));
        assertThat(PlannedValue.of(zero, null, null, LocalDate.parse("2026-01-03"))).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
