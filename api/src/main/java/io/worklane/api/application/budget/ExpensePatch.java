package io.worklane.api.application.budget;

import io.worklane.domain.budget.Expense;
import io.worklane.domain.shared.Change;
import java.time.LocalDate;

/** A partial change of an expense; {@code amount} and {@code currency} come from one Money object. */
public record ExpensePatch(Change<String> project, Change<String> category, Change<String> amount,
                           Change<String> currency, Change<LocalDate> date, Change<String> note,
                           Change<String> workItem) {

    ExpenseDraft mergedInto(Expense current) {
        return new ExpenseDraft(project.or(current.projectId().toString()), category.or(current.category().name()),
                amount.or(current.amount().amount().toPlainString()), currency.or(current.amount().currency()),
                date.or(current.date()), note.or(current.note()),
                workItem.or(current.workItemId() == null ? null : current.workItemId().toString()));
    }
}
