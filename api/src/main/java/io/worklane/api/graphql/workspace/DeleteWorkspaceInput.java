package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a workspace and everything in it. Only the instance administrator may.")
@Input("DeleteWorkspaceInput")
public class DeleteWorkspaceInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @Description("Optional: act only if the workspace is still at this version (its version field), else the "
            + "error CONFLICT.")
    public Integer expectedVersion;
}
