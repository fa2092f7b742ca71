package io.worklane.domain.budget;

import java.util.Map;

/**
 * A budget line as a client writes it: strings, checked by {@link Budget}.
 *
 * @param phases month ("2026-12") → amount ("1000.00") in the line's currency; null or empty: not phased
 */
public record NewBudgetLine(String category, String amount, String currency, Map<String, String> phases) {
}
