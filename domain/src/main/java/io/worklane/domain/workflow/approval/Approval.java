package io.worklane.domain.workflow.approval;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workspace.MemberRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A decision requested on a work item. The approvers are named members, everyone holding a role, or the
 * members of a team (at the time they decide), exactly one of the three. ANY: the first approval approves.
 * ALL: every named approver must approve. With either policy one rejection rejects.
 */
public record Approval(UUID id, UUID workspaceId, UUID workItemId, List<UUID> approverIds, MemberRole approverRole,
                       ApprovalPolicy policy, ApprovalStatus status, List<ApprovalDecision> decisions,
                       Actor requestedBy, long version, Instant createdAt, Instant updatedAt, UUID approverTeamId) {
    public static final int MAX_APPROVERS = 50;
    public static final int MAX_COMMENT = 2_000;

    public Approval {
        // a mutable copy behind the view, even for null: List.of() would throw on the rules' contains(null)
        approverIds = Collections.unmodifiableList(approverIds == null ? new ArrayList<>()
                : new ArrayList<>(approverIds));
        decisions = List.copyOf(decisions);
    }

    /** An approval that no team decides (the fields before teams, ADR 0070). */
    public Approval(UUID id, UUID workspaceId, UUID workItemId, List<UUID> approverIds, MemberRole approverRole,
                    ApprovalPolicy policy, ApprovalStatus status, List<ApprovalDecision> decisions,
                    Actor requestedBy, long version, Instant createdAt, Instant updatedAt) {
        this(id, workspaceId, workItemId, approverIds, approverRole, policy, status, decisions, requestedBy, version,
                createdAt, updatedAt, null);
    }

    /** Pass an empty list of {@code approverIds} to name a role, or a null role to name members. */
    public static Approval request(UUID workspaceId, UUID workItemId, List<UUID> approverIds, MemberRole approverRole,
                                   ApprovalPolicy policy, Actor requestedBy, Instant now) {
        return request(workspaceId, workItemId, approverIds, approverRole, null, policy, requestedBy, now);
    }

    /** Exactly one of {@code approverIds} (non-empty), {@code approverRole} and {@code approverTeamId}. */
    public static Approval request(UUID workspaceId, UUID workItemId, List<UUID> approverIds, MemberRole approverRole,
                                   UUID approverTeamId, ApprovalPolicy policy, Actor requestedBy, Instant now) {
        Approval draft = new Approval(Ids.newId(), workspaceId, workItemId, approverIds, approverRole, policy,
                ApprovalStatus.PENDING, List.of(), requestedBy, 0, now, now, approverTeamId);
        ApprovalRules.validate(draft);
        return draft;
    }

    /**
     * Records one approver's decision and settles the status when the policy says so.
     *
     * @param role the deciding member's role in the workspace
     * @throws DomainException NOT_AN_APPROVER, APPROVAL_ALREADY_DECIDED, or VALIDATION_FAILED for the comment
     */
    public Approval decide(UUID memberId, MemberRole role, Verdict verdict, String comment, Instant now) {
        return decide(memberId, role, false, verdict, comment, now);
    }

    /** @param inTeam whether the deciding member is in the approving team now (false when no team decides) */
    public Approval decide(UUID memberId, MemberRole role, boolean inTeam, Verdict verdict, String comment,
                           Instant now) {
        ensureApprover(memberId, role, inTeam);
        if (status != ApprovalStatus.PENDING) {
            throw new DomainException(ErrorCode.APPROVAL_ALREADY_DECIDED, "This approval is already " + status + ".");
        }
        decisions.stream().filter(d -> d.memberId().equals(memberId)).findFirst().ifPresent(d -> {
            throw new DomainException(ErrorCode.APPROVAL_ALREADY_DECIDED,
                    "You already decided this approval (" + d.verdict() + ").");
        });
        new Validation().require(verdict != null, "decision", "REQUIRED", "is required: APPROVE or REJECT")
                .text(comment, "comment", 0, MAX_COMMENT).orThrow();
        List<ApprovalDecision> all = new ArrayList<>(decisions);
        all.add(new ApprovalDecision(memberId, verdict, comment, now));
        return new Approval(id, workspaceId, workItemId, approverIds, approverRole, policy, settle(all), all,
                requestedBy, version, createdAt, now, approverTeamId);
    }

    public boolean isApprover(UUID memberId, MemberRole role) {
        return isApprover(memberId, role, false);
    }

    /** A team's approval is decided by any member of the team at the time of deciding. */
    public boolean isApprover(UUID memberId, MemberRole role, boolean inTeam) {
        if (approverTeamId != null) {
            return inTeam;
        }
        return approverRole != null ? approverRole == role : approverIds.contains(memberId);
    }

    /** The named approvers who have not decided yet; empty for a role, whose members are not known here. */
    public List<UUID> pendingApprovers() {
        return approverIds.stream().filter(a -> decisions.stream().noneMatch(d -> d.memberId().equals(a))).toList();
    }

    private void ensureApprover(UUID memberId, MemberRole role, boolean inTeam) {
        if (!isApprover(memberId, role, inTeam)) {
            throw new DomainException(ErrorCode.NOT_AN_APPROVER, approverTeamId != null
                    ? "Only members of team " + approverTeamId + " may decide this approval; you are not in it"
                    + " (GET …/teams/" + approverTeamId + " lists them)."
                    : approverRole != null
                    ? "Only members with the role " + approverRole + " may decide this approval; you are " + role + "."
                    : "Only the members named as approvers may decide this approval.");
        }
    }

    private ApprovalStatus settle(List<ApprovalDecision> all) {
        if (all.stream().anyMatch(d -> d.verdict() == Verdict.REJECT)) {
            return ApprovalStatus.REJECTED;
        }
        if (policy == ApprovalPolicy.ANY) {
            return ApprovalStatus.APPROVED;
        }
        HashSet<UUID> approved = new HashSet<>(all.stream().map(ApprovalDecision::memberId).toList());
        return approved.containsAll(approverIds) ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING;
    }
}
