package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.NonNull;

public record MemberEdge(@NonNull String cursor, @NonNull Member node) {
}
