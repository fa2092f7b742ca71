package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createWorkItem and updateWorkItem. */
@Description("The answer of a mutation that creates or changes a work item.")
public record WorkItemPayload(@Description("The work item as the mutation left it.") @NonNull WorkItem workItem) {
}
