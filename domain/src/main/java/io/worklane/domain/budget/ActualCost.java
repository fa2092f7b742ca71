package io.worklane.domain.budget;

import io.worklane.domain.shared.Money;
import java.time.LocalDate;

/**
 * A cost counted against a budget: an expense on its date, or a month of labour from time entries
 * (dated the month's last day, or the status date when that is earlier; converted at that date's rate).
 */
public record ActualCost(CostCategory category, LocalDate date, Money amount) {
}
