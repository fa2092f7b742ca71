package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a work item; its children stay, without a parent, and its key is never reused.")
@Input("DeleteWorkItemInput")
public class DeleteWorkItemInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key (ENG-42) or id.")
    public String workItem;
    @Description("Optional: act only if the work item is still at this version (its version field), else the "
            + "error CONFLICT.")
    public Integer expectedVersion;
}
