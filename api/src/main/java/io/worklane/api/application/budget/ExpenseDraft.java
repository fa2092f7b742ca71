package io.worklane.api.application.budget;

import java.time.LocalDate;

/** An expense as a client writes it: project and work item as ids or keys, money as strings. */
public record ExpenseDraft(String project, String category, String amount, String currency, LocalDate date,
                           String note, String workItem) {
}
