package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A member and its cursor.")
public record MemberEdge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                         @Description("The member.") @NonNull Member node) {
}
