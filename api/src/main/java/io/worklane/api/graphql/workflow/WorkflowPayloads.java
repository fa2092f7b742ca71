package io.worklane.api.graphql.workflow;

import io.worklane.api.graphql.workitem.WorkItem;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

final class WorkflowPayloads {
    private WorkflowPayloads() {
    }

    @Type("WorkflowPayload")
    public record WorkflowPayload(@NonNull Workflow workflow) {
    }

    @Type("TransitionPayload")
    @Description("The move made (or, for a dry run, the move that would be made) and the item after it.")
    public record TransitionPayload(@NonNull WorkItem workItem, @NonNull String from, @NonNull String to,
                                    @NonNull String transition, boolean dryRun,
                                    @NonNull List<WorkflowTypes.@NonNull Result> guards) {
    }

    @Type("WorkflowTemplate")
    public record Template(@NonNull String key, @NonNull String name, String description,
                           @NonNull String initialState, @NonNull List<WorkflowTypes.@NonNull State> states,
                           @NonNull List<WorkflowTypes.@NonNull Transition> transitions) {
    }
}
