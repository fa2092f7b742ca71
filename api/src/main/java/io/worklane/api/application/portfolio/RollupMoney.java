package io.worklane.api.application.portfolio;

import io.worklane.api.application.budget.CostAccess;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.BudgetFigures;
import io.worklane.domain.portfolio.rollup.Cost;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/** The money of a roll-up line: earned value from {@link BudgetFigures}, converted into the portfolio's currency. */
final class RollupMoney {
    private RollupMoney() {
    }

    /** A project's cost figures, or why there are none (null, null: no budget or not visible to the caller). */
    record Budgeted(Cost cost, String problem) {
    }

    /** Earned value in the budget's currency, then converted; hidden from those who may not see the costs. */
    static Budgeted budget(Caller caller, RollupInputs in, Project project, ProjectRollup.Progress progress) {
        Budget b = in.money().budgets().get(project.id());
        if (b == null || !caller.holds(project.workspaceId(), Scope.BUDGETS_READ)
                || !CostAccess.maySee(caller, project.workspaceId(), project, b.visibleToMembers())) {
            return new Budgeted(null, null);
        }
        List<ActualCost> costs = new ArrayList<>(in.money().expenses().getOrDefault(project.id(), List.of()));
        costs.addAll(in.money().labour().getOrDefault(project.id(), List.of()));
        try {
            var summary = BudgetFigures.of(new BudgetFigures.Inputs(b, project.startDate(), project.targetDate(),
                    in.asOf(), costs, in.money().rates(), progress.doneMinutes(), progress.allMinutes()));
            return new Budgeted(Cost.of(summary.earnedValue(), in.money().rates(), in.portfolio().currency(),
                    in.asOf()), null);
        } catch (DomainException e) {
            return new Budgeted(null, e.getMessage());
        }
    }

    /** Benefits in the portfolio's currency; left out (null) when no rate converts them. */
    static Money convert(RollupInputs in, Money amount) {
        if (amount.currency().equals(in.portfolio().currency())) {
            return amount;
        }
        var table = in.money().rates();
        return !table.converts(amount.currency(), in.portfolio().currency(), in.asOf()) ? null
                : table.convert(amount, in.portfolio().currency(), in.asOf());
    }
}
