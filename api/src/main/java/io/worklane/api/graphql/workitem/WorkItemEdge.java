package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A work item and its cursor.")
public record WorkItemEdge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                           @Description("The work item.") @NonNull WorkItem node) {
}
