package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createWorkItem and updateWorkItem. */
public record WorkItemPayload(@NonNull WorkItem workItem) {
}
