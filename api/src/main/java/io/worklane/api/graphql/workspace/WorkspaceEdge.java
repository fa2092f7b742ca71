package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A workspace and its cursor.")
public record WorkspaceEdge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                            @Description("The workspace.") @NonNull Workspace node) {
}
