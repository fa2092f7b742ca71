package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.NonNull;

public record ProjectEdge(@NonNull String cursor, @NonNull Project node) {
}
