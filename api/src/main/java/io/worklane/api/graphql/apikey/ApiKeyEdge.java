package io.worklane.api.graphql.apikey;

import org.eclipse.microprofile.graphql.NonNull;

public record ApiKeyEdge(@NonNull String cursor, @NonNull ApiKey node) {
}
