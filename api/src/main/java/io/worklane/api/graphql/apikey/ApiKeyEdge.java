package io.worklane.api.graphql.apikey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An API key and its cursor.")
public record ApiKeyEdge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                         @Description("The API key.") @NonNull ApiKey node) {
}
