package io.worklane.api.graphql.me;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A work item of the caller's and its cursor.")
public record MyWorkItemEdge(@NonNull String cursor, @NonNull MyWorkItem node) {
}
