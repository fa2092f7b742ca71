package io.worklane.domain.budget;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The planned money of a project: one currency, at most one line per category, alert thresholds.
 * {@code visibleToMembers} lets the project's MEMBERs see it and its costs (owners, admins and the
 * project's lead always do). The version starts at 0 and persistence bumps it.
 */
public record Budget(UUID id, UUID workspaceId, UUID projectId, String currency, List<BudgetLine> lines,
                     List<BigDecimal> thresholds, boolean visibleToMembers, long version, Instant createdAt,
                     Instant updatedAt) {
    public Budget {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(projectId, "projectId");
        lines = List.copyOf(lines);
        thresholds = List.copyOf(thresholds);
    }

    /** A new budget; refused (VALIDATION_FAILED) with every problem at once. */
    public static Budget create(UUID workspaceId, UUID projectId, NewBudget n, Instant now) {
        return BudgetReading.read(Ids.newId(), workspaceId, projectId, n, 0, now, now);
    }

    /** Replaces everything a client may set; id, project, version and creation stay. */
    public Budget change(NewBudget n, Instant now) {
        return BudgetReading.read(id, workspaceId, projectId, n, version, createdAt, now);
    }

    /** The client's view of it, for a patch to change. */
    public NewBudget toNew() {
        return new NewBudget(currency, lines.stream().map(l -> new NewBudgetLine(l.category().name(),
                        l.planned().amount().toPlainString(), l.planned().currency(), phasesAsText(l))).toList(),
                thresholds.stream().map(BigDecimal::toPlainString).toList(), visibleToMembers);
    }

    /** BAC: the sum of the lines' planned amounts. */
    public Money atCompletion() {
        return Amounts.round(lines.stream().map(l -> l.planned().amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
                currency);
    }

    private static java.util.Map<String, String> phasesAsText(BudgetLine l) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        l.phases().forEach((month, amount) -> out.put(month.toString(), amount.toPlainString()));
        return out;
    }
}
