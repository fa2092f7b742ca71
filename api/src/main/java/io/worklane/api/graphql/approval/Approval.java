package io.worklane.api.graphql.approval;

import io.worklane.api.graphql.shared.Node;
import io.worklane.api.graphql.workitem.Actor;
import io.worklane.domain.workflow.approval.ApprovalPolicy;
import io.worklane.domain.workflow.approval.ApprovalStatus;
import io.worklane.domain.workspace.MemberRole;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of an approval; its work item and people are resolved in batches (ApprovalRelations). */
@Description("A decision requested on a work item, from named members or from everyone holding a role.")
public class Approval implements Node {
    @Ignore
    private final io.worklane.domain.workflow.approval.Approval approval;

    public Approval(io.worklane.domain.workflow.approval.Approval approval) {
        this.approval = approval;
    }

    @Ignore
    public io.worklane.domain.workflow.approval.Approval domain() {
        return approval;
    }

    @Override
    @Id
    @NonNull
    @Description("The approval's id (a UUID); Query.node finds it by this id.")
    public String getId() {
        return approval.id().toString();
    }

    @Description("Everyone holding this role in the workspace may decide; null when members are named (approvers).")
    public MemberRole getRole() {
        return approval.approverRole();
    }

    @org.eclipse.microprofile.graphql.Id
    @Description("Any member of this team may decide (at the time of deciding); null when members or a role decide.")
    public String getTeam() {
        return approval.approverTeamId() == null ? null : approval.approverTeamId().toString();
    }

    @NonNull
    @Description("ANY: the first approval approves. ALL: every named approver must approve. One rejection rejects.")
    public ApprovalPolicy getPolicy() {
        return approval.policy();
    }

    @NonNull
    @Description("PENDING until the policy settles it; then APPROVED or REJECTED, for good.")
    public ApprovalStatus getStatus() {
        return approval.status();
    }

    @NonNull
    @Description("The decisions so far, in the order they were made.")
    public List<@NonNull ApprovalDecision> getDecisions() {
        return approval.decisions().stream().map(d -> new ApprovalDecision(approval.workspaceId(), d)).toList();
    }

    @NonNull
    @Description("Who asked for the approval.")
    public Actor getRequestedBy() {
        return Actor.of(approval.requestedBy());
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) approval.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return approval.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return approval.updatedAt();
    }
}
