package io.worklane.api.application.approval;

import io.worklane.domain.workflow.approval.ApprovalPolicy;
import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import java.util.UUID;

/** What a caller asks for, as both APIs take it: named members ({@code approvers}) or a {@code role}, and a policy. */
public record ApprovalRequest(List<UUID> approvers, MemberRole role, ApprovalPolicy policy, String team) {
    /** Named members or a role (no team). */
    public ApprovalRequest(List<UUID> approvers, MemberRole role, ApprovalPolicy policy) {
        this(approvers, role, policy, null);
    }
}
