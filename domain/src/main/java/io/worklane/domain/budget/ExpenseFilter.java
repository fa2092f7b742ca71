package io.worklane.domain.budget;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which expenses to list; every field optional. {@code visibleToMember}: only expenses of projects that
 * member may see the costs of (it leads them, or their budget is visible to members).
 */
public record ExpenseFilter(UUID projectId, CostCategory category, UUID workItemId, LocalDate from, LocalDate to,
                            UUID visibleToMember) {
}
