package io.worklane.api.graphql.approval;

import io.worklane.domain.workflow.approval.ApprovalPolicy;
import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A request for a decision on a work item: named members (approvers) or a role, not both.")
@Input("RequestApprovalInput")
public class RequestApprovalInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key or id.")
    public String workItem;
    @Description("Member ids of the workspace, each at most once (at most 50). Leave out when naming a role.")
    @Id
    public List<@NonNull String> approvers;
    @Description("Everyone holding this role may decide (policy ANY only). Leave out when naming approvers.")
    public MemberRole role;
    @Id
    @Description("Any member of this team may decide (policy ANY only). Leave out when naming approvers or a role.")
    public String team;
    @NonNull
    @Description("ANY: the first approval approves; ALL: every named approver must approve.")
    public ApprovalPolicy policy;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
