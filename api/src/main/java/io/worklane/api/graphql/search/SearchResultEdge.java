package io.worklane.api.graphql.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A search result and its position in the ranking.")
public record SearchResultEdge(@NonNull @Description("Pass as `after` to continue after this result.") String cursor,
                               @NonNull @Description("The object found.") SearchResult node) {
}
