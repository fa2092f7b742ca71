package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new comment on a work item; the author is the caller.")
@Input("CreateCommentInput")
public class CreateCommentInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key or id.")
    public String workItem;
    @NonNull
    @Description("Markdown, at most 65536 characters.")
    public String body;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
