package io.worklane.persistence.budget;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.BudgetLedger;
import io.worklane.domain.budget.CostCategory;
import io.worklane.domain.shared.Money;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Threshold state inside the writing transaction (its session): a row lock on the budget, the costs as
 * that transaction sees them (expenses, and labour per month from time_entries) in one statement, and a
 * plain UPDATE of crossed_thresholds that leaves the budget's version (its ETag) alone.
 */
@ApplicationScoped
public class BudgetLedgerRepository implements BudgetLedger {
    private static final String LOCK = "SELECT cast(id AS text), cast(crossed_thresholds AS text) FROM budgets"
            + " WHERE workspace_id = :ws AND project_id = :project FOR UPDATE";
    private static final String COSTS = "SELECT category, cast(day AS text), currency, cast(sum(amount) AS text) FROM ("
            + " SELECT category, expense_date AS day, currency, amount FROM expenses"
            + " WHERE workspace_id = :ws AND project_id = :project"
            + " UNION ALL SELECT 'LABOUR', (date_trunc('month', entry_date) + interval '1 month - 1 day')::date,"
            + " cost_currency, cost_amount FROM time_entries"
            + " WHERE workspace_id = :ws AND project_id = :project AND cost_amount IS NOT NULL) c GROUP BY 1, 2, 3";

    @Override
    public Uni<Optional<Locked>> lock(UUID workspaceId, UUID projectId) {
        return Writes.inSession(s -> s.flush().chain(() -> s.createNativeQuery(LOCK)
                        .setParameter("ws", workspaceId).setParameter("project", projectId).getResultList())
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(Optional.<Locked>empty());
                    }
                    Object[] row = (Object[]) rows.get(0);
                    Set<BigDecimal> crossed = new TreeSet<>();
                    Json.stringList((String) row[1]).forEach(t -> crossed.add(new BigDecimal(t)));
                    return s.find(BudgetEntity.class, UUID.fromString((String) row[0]))
                            .map(e -> Optional.of(new Locked(BudgetMapping.fromEntity(e), crossed)));
                }));
    }

    @Override
    public Uni<List<ActualCost>> costs(UUID workspaceId, UUID projectId) {
        return Writes.inSession(s -> s.flush().chain(() -> s.createNativeQuery(COSTS)
                        .setParameter("ws", workspaceId).setParameter("project", projectId).getResultList()))
                .map(rows -> rows.stream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new ActualCost(CostCategory.valueOf(((String) r[0]).strip()), LocalDate.parse((String) r[1]),
                            new Money(new BigDecimal((String) r[3]), ((String) r[2]).strip()));
                }).toList());
    }

    @Override
    public Uni<Void> saveCrossed(UUID budgetId, Set<BigDecimal> crossed) {
        return Writes.inSession(s -> s.createNativeQuery("UPDATE budgets SET crossed_thresholds ="
                        + " cast(cast(:crossed AS text) AS jsonb) WHERE id = :id")
                .setParameter("crossed", Json.write(crossed.stream().map(BigDecimal::toPlainString).toList()))
                .setParameter("id", budgetId).executeUpdate()).replaceWithVoid();
    }
}
