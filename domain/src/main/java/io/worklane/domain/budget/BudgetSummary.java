package io.worklane.domain.budget;

import io.worklane.domain.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Planned against actual of a budget at a status date: by category and by month, what remains, the
 * burn rate, a forecast at completion and the earned-value figures (docs/earned-value.md).
 *
 * @param burnRatePerDay       actual cost per elapsed day (null before any day elapsed)
 * @param forecastAtCompletion actual plus the burn rate over the days left to the target date (null
 *                             without project dates)
 */
public record BudgetSummary(LocalDate asOf, String currency, Money planned, Money actual, Money remaining,
                            List<Category> categories, List<Month> months, Money burnRatePerDay,
                            Money forecastAtCompletion, EarnedValue earnedValue) {

    public record Category(CostCategory category, Money planned, Money actual, Money remaining) {
    }

    /** @param planned the phased plan of the month (unphased lines are not split by month here) */
    public record Month(YearMonth month, Money planned, Money actual) {
    }
}
