package io.worklane.domain.budget;

import io.worklane.domain.workspace.MemberRole;
import java.util.UUID;

/**
 * Who sees a project's budget and costs (issue #7, item 6): owners and admins always; the project's
 * lead always; a MEMBER only where the budget is visible to members; VIEWER and GUEST never. A
 * caller without a role (an API key, the instance administrator) is judged by its scopes alone.
 */
public final class CostVisibility {
    private CostVisibility() {
    }

    /**
     * @param memberId         the member the caller is in the workspace (null for keys)
     * @param visibleToMembers the project's budget allows MEMBERs (false when it has none)
     */
    public static boolean maySee(MemberRole role, UUID memberId, UUID projectLeadId, boolean visibleToMembers) {
        if (role == null || role == MemberRole.OWNER || role == MemberRole.ADMIN) {
            return true;
        }
        if (role != MemberRole.MEMBER) {
            return false;
        }
        return visibleToMembers || (memberId != null && memberId.equals(projectLeadId));
    }

    /** The member whose lists must be narrowed to what it may see, or null when nothing is narrowed. */
    public static UUID narrowedTo(MemberRole role, UUID memberId) {
        return role == MemberRole.MEMBER ? memberId : null;
    }
}
