package io.worklane.domain.budget;

import java.time.LocalDate;
import java.util.UUID;

/** An expense as a client writes it; project and work item already resolved to ids. */
public record NewExpense(String category, String amount, String currency, LocalDate date, String note,
                         UUID workItemId) {
}
