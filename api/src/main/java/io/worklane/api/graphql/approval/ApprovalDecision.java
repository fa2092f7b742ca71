package io.worklane.api.graphql.approval;

import io.worklane.domain.workflow.approval.Verdict;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One approver's decision; its member is resolved in a batch (ApprovalRelations.member). */
@Description("One approver's decision, with an optional comment.")
public class ApprovalDecision {
    @Ignore
    private final UUID workspaceId;
    @Ignore
    private final io.worklane.domain.workflow.approval.ApprovalDecision decision;

    public ApprovalDecision(UUID workspaceId, io.worklane.domain.workflow.approval.ApprovalDecision decision) {
        this.workspaceId = workspaceId;
        this.decision = decision;
    }

    @Ignore
    public UUID workspaceId() {
        return workspaceId;
    }

    @Ignore
    public UUID memberId() {
        return decision.memberId();
    }

    @NonNull
    @Description("What the approver decided.")
    public Verdict getVerdict() {
        return decision.verdict();
    }

    @Description("Why, as the approver wrote it; null when none was given.")
    public String getComment() {
        return decision.comment();
    }

    @NonNull
    public Instant getAt() {
        return decision.at();
    }
}
