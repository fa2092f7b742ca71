package io.worklane.api.graphql.activity;

import org.eclipse.microprofile.graphql.NonNull;

public record ActivityEntryEdge(@NonNull String cursor, @NonNull ActivityEntry node) {
}
