package io.worklane.api.application.budget;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.BudgetFigures;
import io.worklane.domain.budget.BudgetSummary;
import io.worklane.domain.budget.ExchangeRates;
import io.worklane.domain.budget.Expenses;
import io.worklane.domain.budget.LabourCosts;
import io.worklane.domain.budget.ProjectProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Planned against actual and earned value of a budget at a status date: four reads (expenses, labour,
 * rates, estimates), each one statement, then {@link BudgetFigures} computes everything.
 */
@ApplicationScoped
public class BudgetSummaries {
    private final BudgetService budgets;
    private final Expenses expenses;
    private final LabourCosts labour;
    private final ExchangeRates rates;
    private final ProjectProgress progress;
    private final Now now;

    public BudgetSummaries(BudgetService budgets, Expenses expenses, LabourCosts labour, ExchangeRates rates,
                           ProjectProgress progress, Now now) {
        this.budgets = budgets;
        this.expenses = expenses;
        this.labour = labour;
        this.rates = rates;
        this.progress = progress;
        this.now = now;
    }

    /** {@code asOf} null: today (UTC). NO_EXCHANGE_RATE (422) when a cost cannot be converted. */
    public Uni<BudgetSummary> summary(Caller caller, String wsRef, String budgetId, LocalDate asOf) {
        // budgets:read, or the MANAGER of the budget's project (ADR 0084), as for the budget itself
        return budgets.get(caller, wsRef, budgetId).chain(shown -> of(shown, asOf));
    }

    /** For a budget already shown to the caller (GraphQL's Budget.summary). */
    public Uni<BudgetSummary> of(BudgetService.Shown shown, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.ofInstant(now.instant(), ZoneOffset.UTC);
        UUID ws = shown.budget().workspaceId();
        UUID project = shown.project().id();
        return Uni.combine().all().unis(expenses.costs(ws, project), labour.ofProject(ws, project, day),
                        rates.table(ws), progress.estimates(ws, project, day)).asTuple()
                .map(t -> {
                    List<ActualCost> costs = new ArrayList<>(t.getItem1());
                    costs.addAll(t.getItem2());
                    return BudgetFigures.of(new BudgetFigures.Inputs(shown.budget(), shown.project().startDate(),
                            shown.project().targetDate(), day, costs, t.getItem3(), t.getItem4().doneMinutes(),
                            t.getItem4().allMinutes()));
                });
    }
}
