package io.worklane.api.application.budget;

import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.CostVisibility;
import io.worklane.domain.project.Project;
import io.worklane.domain.workspace.MemberRole;
import java.util.UUID;

/** {@link CostVisibility} for a caller: its role and member id in the workspace. */
public final class CostAccess {
    private CostAccess() {
    }

    public static boolean maySee(Caller caller, UUID workspaceId, Project project, boolean visibleToMembers) {
        return caller.instanceAdmin() || CostVisibility.maySee(role(caller, workspaceId), member(caller, workspaceId),
                project.leadId(), visibleToMembers);
    }

    /**
     * Who reads a budget (ADR 0084): its project's MANAGER, or a holder of budgets:read who may see the project's
     * costs. Lists state the same rule in SQL ({@link io.worklane.domain.budget.BudgetNarrowing}).
     */
    public static boolean mayRead(Caller caller, UUID workspaceId, ProjectSight sight, Project project, Budget budget) {
        return sight.manages(project.id()) || caller.holds(workspaceId, Scope.BUDGETS_READ)
                && maySee(caller, workspaceId, project, budget.visibleToMembers());
    }

    /** The member a list is narrowed to (a MEMBER sees only what it may), or null. */
    static UUID narrowedTo(Caller caller, UUID workspaceId) {
        return caller.instanceAdmin() ? null
                : CostVisibility.narrowedTo(role(caller, workspaceId), member(caller, workspaceId));
    }

    private static MemberRole role(Caller caller, UUID workspaceId) {
        return caller.roleIn(workspaceId).orElse(null);
    }

    private static UUID member(Caller caller, UUID workspaceId) {
        Caller.Grant grant = caller.grants().get(workspaceId);
        return grant == null ? null : grant.memberId();
    }
}
