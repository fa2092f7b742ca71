package io.worklane.api.application.resource;

import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import java.util.UUID;

/**
 * Who sees money in the resource APIs: cost rates and the cost of time entries, to callers holding
 * {@code budgets:read} whom the budgets' rule ({@link io.worklane.domain.budget.CostVisibility}) lets
 * see costs without a project's say: keys and OWNER/ADMIN, not a MEMBER (a MEMBER sees a project's costs
 * through its budget, where the budget allows members or the MEMBER leads the project), never VIEWER
 * or GUEST. A resource's rates belong to no project, so no project can open them to members.
 */
public final class CostVisibility {
    private CostVisibility() {
    }

    public static boolean showsCosts(Caller caller, UUID workspaceId) {
        return caller.holds(workspaceId, Scope.BUDGETS_READ) && io.worklane.domain.budget.CostVisibility.maySee(
                caller.roleIn(workspaceId).orElse(null), null, null, false);
    }
}
