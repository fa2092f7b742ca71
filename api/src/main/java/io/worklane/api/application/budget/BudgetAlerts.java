package io.worklane.api.application.budget;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.Amounts;
import io.worklane.domain.budget.BudgetLedger;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.budget.ExchangeRates;
import io.worklane.domain.budget.ThresholdAlerts;
import io.worklane.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Threshold alerts. Every use case that changes a project's costs or its budget calls
 * {@link #reassess} in its own transaction, after its write: the budget row is locked, the costs are
 * summed as the transaction sees them, and each threshold newly reached emits one
 * {@code budget.threshold_crossed}. Concurrent writers queue on the lock, so each sees the others'
 * committed costs and a crossing is reported once. The time entry service calls it too (labour).
 */
@ApplicationScoped
public class BudgetAlerts {
    private final BudgetLedger ledger;
    private final ExchangeRates rates;
    private final Events events;
    private final Now now;

    public BudgetAlerts(BudgetLedger ledger, ExchangeRates rates, Events events, Now now) {
        this.ledger = ledger;
        this.rates = rates;
        this.events = events;
        this.now = now;
    }

    /** Must run inside the caller's transaction (a {@code @WithTransaction} use case). No budget: nothing. */
    public Uni<Void> reassess(Caller caller, UUID workspaceId, UUID projectId) {
        return ledger.lock(workspaceId, projectId).chain(locked -> locked.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.combine().all().unis(ledger.costs(workspaceId, projectId), rates.table(workspaceId)).asTuple()
                .chain(t -> {
                    var budget = locked.get().budget();
                    BigDecimal actual = total(t.getItem1(), t.getItem2(), budget.currency());
                    var assessment = ThresholdAlerts.assess(budget.thresholds(), locked.get().crossed(),
                            budget.atCompletion().amount(), actual);
                    Money shown = Amounts.round(actual, budget.currency());
                    Uni<Void> saved = assessment.crossed().equals(locked.get().crossed()) ? Uni.createFrom().voidItem()
                            : ledger.saveCrossed(budget.id(), assessment.crossed());
                    for (BigDecimal threshold : assessment.newlyCrossed()) {
                        saved = saved.call(() -> events.record("budget.threshold_crossed", workspaceId, budget.id(),
                                caller, now.instant(), BudgetData.crossed(budget, threshold, shown), null));
                    }
                    return saved;
                }));
    }

    /**
     * The costs in the budget's currency. A cost that cannot be converted (its rate was deleted since,
     * or the budget changed currency) is left out here; the summary refuses it with NO_EXCHANGE_RATE.
     */
    private static BigDecimal total(List<ActualCost> costs, ExchangeRateTable table, String currency) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ActualCost c : costs) {
            if (table.converts(c.amount().currency(), currency, c.date())) {
                sum = sum.add(table.exact(c.amount(), currency, c.date()));
            }
        }
        return sum;
    }
}
