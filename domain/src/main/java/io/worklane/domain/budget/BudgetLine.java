package io.worklane.domain.budget;

import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The planned money of one category. {@code phases} spreads it over months (summing to
 * {@code planned}); empty: the line is not phased and is planned evenly over the project's dates.
 */
public record BudgetLine(CostCategory category, Money planned, Map<YearMonth, BigDecimal> phases) {
    public BudgetLine {
        phases = Collections.unmodifiableSortedMap(new TreeMap<>(phases));
    }

    public boolean phased() {
        return !phases.isEmpty();
    }
}
