package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a workspace and everything in it. Only the instance administrator may.")
@Input("DeleteWorkspaceInput")
public class DeleteWorkspaceInput {
    @NonNull
    public String workspace;
    public Integer expectedVersion;
}
