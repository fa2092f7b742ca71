package io.worklane.domain.budget;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A non-labour cost of a project, in the currency it was paid in (converted to the budget's currency
 * with the workspace's rate in force on its date when counted).
 *
 * @param workItemId optional: the work item the cost is for
 */
public record Expense(UUID id, UUID workspaceId, UUID projectId, CostCategory category, Money amount,
                      LocalDate date, String note, UUID workItemId, long version, Instant createdAt,
                      Instant updatedAt) {
    public static final int MAX_NOTE = 2000;

    public Expense {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(projectId, "projectId");
    }

    /**
     * A written expense, refused with every problem at once. Project and work item are resolved by the
     * caller (ids); {@code category}, {@code amount}, {@code currency} and {@code date} are as written.
     */
    public static Expense create(UUID workspaceId, UUID projectId, NewExpense n, Instant now) {
        return read(Ids.newId(), workspaceId, projectId, n, 0, now, now);
    }

    public Expense change(UUID newProjectId, NewExpense n, Instant now) {
        return read(id, workspaceId, newProjectId, n, version, createdAt, now);
    }

    public NewExpense toNew() {
        return new NewExpense(category.name(), amount.amount().toPlainString(), amount.currency(), date, note,
                workItemId);
    }

    private static Expense read(UUID id, UUID workspaceId, UUID projectId, NewExpense n, long version,
                                Instant createdAt, Instant now) {
        Validation v = new Validation();
        CostCategory category = CostCategory.parse(n.category()).orElse(null);
        v.require(category != null, "category", n.category() == null ? "REQUIRED" : "UNKNOWN_CATEGORY",
                "'" + n.category() + "' is not a category; use one of " + CostCategory.names());
        Money amount = Amounts.read(n.amount(), n.currency(), "amount", v);
        v.require(n.date() != null, "date", "REQUIRED", "is required (YYYY-MM-DD)");
        String note = n.note() == null || n.note().isBlank() ? null : n.note().strip();
        v.text(note, "note", 0, MAX_NOTE);
        v.orThrow();
        return new Expense(id, workspaceId, projectId, category, amount, n.date(), note, n.workItemId(), version,
                createdAt, now);
    }
}
