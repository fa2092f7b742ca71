package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteCommentInput")
public class DeleteCommentInput {
    @NonNull
    public String workspace;
    @NonNull
    public String workItem;
    @NonNull
    @Id
    public String id;
    public Integer expectedVersion;
}
