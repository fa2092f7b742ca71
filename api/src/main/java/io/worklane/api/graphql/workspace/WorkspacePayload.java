package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createWorkspace and updateWorkspace. */
public record WorkspacePayload(@NonNull Workspace workspace) {
}
