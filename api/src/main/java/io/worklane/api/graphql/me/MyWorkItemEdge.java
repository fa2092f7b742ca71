package io.worklane.api.graphql.me;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A work item of the caller's and its cursor.")
public record MyWorkItemEdge(@Description("Where this edge is: pass it as after: to read on from it.")
                             @NonNull String cursor,
                             @Description("The work item.") @NonNull MyWorkItem node) {
}
