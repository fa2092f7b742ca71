package io.worklane.domain.budget;

import java.util.List;

/**
 * A budget as a client writes it. {@code thresholds} null: the defaults 0.8 and 1.0;
 * {@code visibleToMembers} null: false (only owners, admins and the project's lead see it).
 */
public record NewBudget(String currency, List<NewBudgetLine> lines, List<String> thresholds,
                        Boolean visibleToMembers) {
}
