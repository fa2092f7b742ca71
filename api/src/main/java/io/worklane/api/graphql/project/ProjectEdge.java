package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A project and its cursor.")
public record ProjectEdge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                          @Description("The project.") @NonNull Project node) {
}
