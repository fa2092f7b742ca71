package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteCommentInput")
@Description("Deletes a comment: its author may, and so may an OWNER or ADMIN.")
public class DeleteCommentInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The key or id of the work item the comment is on.")
    public String workItem;
    @NonNull
    @Id
    @Description("The comment's id.")
    public String id;
    @Description("Optional: act only if the comment is still at this version (its version field), else the error "
            + "CONFLICT.")
    public Integer expectedVersion;
}
