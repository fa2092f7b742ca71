package io.worklane.domain.budget;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port for threshold alerts, inside the writing use case's transaction: locks a project's budget row
 * (so concurrent writers assess one after the other, each seeing the others' committed costs), reads
 * every cost of the project as that transaction sees it, and stores which thresholds are crossed.
 */
public interface BudgetLedger {
    record Locked(Budget budget, Set<BigDecimal> crossed) {
    }

    /** The project's budget, row-locked until the transaction ends; empty when it has none. */
    Uni<Optional<Locked>> lock(UUID workspaceId, UUID projectId);

    /** Expenses and labour of the project, seen from inside the transaction. */
    Uni<List<ActualCost>> costs(UUID workspaceId, UUID projectId);

    Uni<Void> saveCrossed(UUID budgetId, Set<BigDecimal> crossed);
}
