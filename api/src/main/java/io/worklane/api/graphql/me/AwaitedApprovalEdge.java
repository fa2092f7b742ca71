package io.worklane.api.graphql.me;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An approval waiting for the caller and its cursor.")
public record AwaitedApprovalEdge(@Description("Where this edge is: pass it as after: to read on from it.") @NonNull String cursor, @Description("The approval awaiting you.") @NonNull AwaitedApproval node) {
}
