package io.worklane.domain.workflow.approval;

import io.worklane.domain.shared.Validation;
import java.util.HashSet;

/** What a request for approval must say: who decides (members or a role, not both) and by which policy. */
final class ApprovalRules {
    private ApprovalRules() {
    }

    static void validate(Approval a) {
        boolean members = !a.approverIds().isEmpty();
        boolean role = a.approverRole() != null;
        boolean team = a.approverTeamId() != null;
        new Validation()
                .require(a.workItemId() != null, "workItemId", "REQUIRED", "is required")
                .require(a.requestedBy() != null, "requestedBy", "REQUIRED", "is required")
                .require(members || role || team, "approverIds", "REQUIRED",
                        "name the approving members, or an approverRole, or an approverTeam")
                .require(!(members && role), "approverRole", "NOT_ALLOWED",
                        "name the approving members or a role, not both")
                .require(!(team && (members || role)), "approverTeam", "NOT_ALLOWED",
                        "name a team alone, without members or a role")
                .require(a.approverIds().size() <= Approval.MAX_APPROVERS, "approverIds", "TOO_MANY",
                        "at most " + Approval.MAX_APPROVERS + " approvers")
                .require(!a.approverIds().contains(null), "approverIds", "INVALID_VALUE", "must not contain null")
                .require(new HashSet<>(a.approverIds()).size() == a.approverIds().size(), "approverIds", "DUPLICATE",
                        "must not repeat a member")
                .require(a.policy() != null, "policy", "REQUIRED", "is required: ANY or ALL")
                .require(!(team && a.policy() == ApprovalPolicy.ALL), "policy", "NOT_ALLOWED",
                        "ALL needs a fixed list of approvers: a team's members change as people join and leave. Use"
                                + " ANY with a team, or name the members for ALL")
                .require(!(role && a.policy() == ApprovalPolicy.ALL), "policy", "NOT_ALLOWED",
                        "ALL needs a fixed list of approvers: with a role, who 'all' are changes as members join, "
                                + "leave or change role. Use ANY with a role, or name the members for ALL")
                .orThrow();
    }
}
