package io.worklane.api.graphql.activity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A history entry and its cursor.")
public record ActivityEntryEdge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                                @Description("The history entry.") @NonNull ActivityEntry node) {
}
