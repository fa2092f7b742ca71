package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new body for a comment; the earlier one is kept in its history.")
@Input("UpdateCommentInput")
public class UpdateCommentInput {
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
    @Description("Optional: the version your change is based on; if the comment changed since, the error CONFLICT.")
    public Integer expectedVersion;
    @NonNull
    @Description("The new text, Markdown (at most 65536 characters); it replaces the old one.")
    public String body;
}
