package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createWorkspace and updateWorkspace. */
@Description("The answer of a mutation that creates or changes a workspace.")
public record WorkspacePayload(@Description("The workspace as the mutation left it.") @NonNull Workspace workspace) {
}
