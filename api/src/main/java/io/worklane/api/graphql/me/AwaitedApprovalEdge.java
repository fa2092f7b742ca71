package io.worklane.api.graphql.me;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An approval waiting for the caller and its cursor.")
public record AwaitedApprovalEdge(@NonNull String cursor, @NonNull AwaitedApproval node) {
}
