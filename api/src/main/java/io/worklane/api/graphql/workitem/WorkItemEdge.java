package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.NonNull;

public record WorkItemEdge(@NonNull String cursor, @NonNull WorkItem node) {
}
