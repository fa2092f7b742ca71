package io.worklane.api.application.resource;

import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import java.util.UUID;

/**
 * Who sees money: cost rates and the cost of time entries are shown only to callers holding
 * {@code budgets:read} in the workspace (OWNER and ADMIN through admin, MEMBER by role; not VIEWER or
 * GUEST). The one place both APIs ask, so that budgets can refine the rule (e.g. per project) later.
 */
public final class CostVisibility {
    private CostVisibility() {
    }

    public static boolean showsCosts(Caller caller, UUID workspaceId) {
        return caller.holds(workspaceId, Scope.BUDGETS_READ);
    }
}
