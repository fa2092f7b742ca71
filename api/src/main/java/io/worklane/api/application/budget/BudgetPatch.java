package io.worklane.api.application.budget;

import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.NewBudget;
import io.worklane.domain.budget.NewBudgetLine;
import io.worklane.domain.shared.Change;
import java.util.List;

/** A partial change of a budget: lines and thresholds replaced whole; null thresholds restore the defaults. */
public record BudgetPatch(Change<String> currency, Change<List<NewBudgetLine>> lines, Change<List<String>> thresholds,
                          Change<Boolean> visibleToMembers) {

    NewBudget mergedInto(Budget current) {
        NewBudget was = current.toNew();
        return new NewBudget(currency.or(was.currency()), lines.or(was.lines()), thresholds.or(was.thresholds()),
                visibleToMembers.or(was.visibleToMembers()));
    }
}
