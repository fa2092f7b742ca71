package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.NonNull;

public record WorkspaceEdge(@NonNull String cursor, @NonNull Workspace node) {
}
