package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a work item; its children stay, without a parent, and its key is never reused.")
@Input("DeleteWorkItemInput")
public class DeleteWorkItemInput {
    @NonNull
    public String workspace;
    @NonNull
    public String workItem;
    public Integer expectedVersion;
}
