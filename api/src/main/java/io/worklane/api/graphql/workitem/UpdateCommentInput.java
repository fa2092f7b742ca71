package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new body for a comment; the earlier one is kept in its history.")
@Input("UpdateCommentInput")
public class UpdateCommentInput {
    @NonNull
    public String workspace;
    @NonNull
    public String workItem;
    @NonNull
    @Id
    public String id;
    public Integer expectedVersion;
    @NonNull
    public String body;
}
