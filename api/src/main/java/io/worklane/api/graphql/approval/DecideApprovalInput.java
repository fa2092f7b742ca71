package io.worklane.api.graphql.approval;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An approver's decision on an approval; approveApproval or rejectApproval says which.")
@Input("DecideApprovalInput")
public class DecideApprovalInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Id
    @Description("The approval's id.")
    public String id;
    @Description("Why, at most 2000 characters.")
    public String comment;
    @Description("Decide only if the approval is still at this version (else CONFLICT).")
    public Integer expectedVersion;
}
