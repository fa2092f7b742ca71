package io.worklane.domain.budget;

import java.util.Set;
import java.util.UUID;

/**
 * Which budgets a list shows a caller (ADR 0025, ADR 0084): all ({@code memberId} null, not {@code managedOnly}); a
 * MEMBER's, those visible to members, of projects it leads or of projects it is MANAGER of; or, for a caller without
 * {@code budgets:read} who manages projects, only those projects' ({@code managedOnly}).
 */
public record BudgetNarrowing(UUID memberId, Set<UUID> managed, boolean managedOnly) {
    public static final BudgetNarrowing NONE = new BudgetNarrowing(null, Set.of(), false);

    public BudgetNarrowing {
        managed = Set.copyOf(managed);
    }

    /** With {@code budgets:read}: narrowed to a MEMBER's sight (null: not narrowed), widened by what it manages. */
    public static BudgetNarrowing reader(UUID memberId, Set<UUID> managed) {
        return new BudgetNarrowing(memberId, managed, false);
    }

    /** Without {@code budgets:read}: only the budgets of the projects it manages. */
    public static BudgetNarrowing managerOnly(Set<UUID> managed) {
        return new BudgetNarrowing(null, managed, true);
    }
}
