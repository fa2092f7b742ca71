package io.worklane.domain.budget;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which expenses to list; every field optional. {@code visibleToMember}: only expenses of projects that
 * member may see the costs of (it leads them, or their budget is visible to members), or that it manages
 * ({@code managed}, ADR 0084); {@code managedOnly}: only those of the projects it manages (a project MANAGER
 * without budgets:read).
 */
public record ExpenseFilter(UUID projectId, CostCategory category, UUID workItemId, LocalDate from, LocalDate to,
                            UUID visibleToMember, Set<UUID> managed, boolean managedOnly) {
    public ExpenseFilter {
        managed = managed == null ? Set.of() : Set.copyOf(managed);
    }

    public ExpenseFilter(UUID projectId, CostCategory category, UUID workItemId, LocalDate from, LocalDate to,
                         UUID visibleToMember) {
        this(projectId, category, workItemId, from, to, visibleToMember, Set.of(), false);
    }
}
