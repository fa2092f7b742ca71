package io.worklane.api.graphql.budget;

import io.worklane.domain.budget.NewBudget;
import io.worklane.domain.budget.NewBudgetLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GraphQL inputs → the shapes the domain checks. */
final class BudgetInputMapping {
    private BudgetInputMapping() {
    }

    static NewBudget budget(BudgetInputs.CreateBudget in) {
        return new NewBudget(in.currency, in.lines == null ? null : lines(in.lines), in.thresholds, in.visibleToMembers);
    }

    static List<NewBudgetLine> lines(List<BudgetInputs.LineIn> lines) {
        return lines.stream().map(l -> {
            Map<String, String> phases = new LinkedHashMap<>();
            if (l.phases != null) {
                l.phases.forEach(p -> phases.put(p.month, p.amount));
            }
            return new NewBudgetLine(l.category.name(), l.planned.amount, l.planned.currency, phases);
        }).toList();
    }
}
