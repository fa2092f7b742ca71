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
    @Description("The answer of a mutation that creates or changes a workflow.")
    public record WorkflowPayload(@Description("The workflow as the mutation left it.") @NonNull Workflow workflow) {
    }

    @Type("TransitionPayload")
    @Description("The move made (or, for a dry run, the move that would be made) and the item after it.")
    public record TransitionPayload(@Description("The work item as the move left it (unchanged for a dry "
                                            + "run).")
                                    @NonNull WorkItem workItem,
                                    @Description("The state key the item was in.") @NonNull String from,
                                    @Description("The state key the item is in now (or would be, for a "
                                            + "dry run).")
                                    @NonNull String to,
                                    @Description("The name of the transition taken, e.g. Start work.")
                                    @NonNull String transition,
                                    @Description("True when nothing was changed: the answer says what "
                                            + "the move would do.")
                                    boolean dryRun,
                                    @Description("Every guard of the transition with whether it passed "
                                            + "and why.")
                                    @NonNull List<WorkflowTypes.@NonNull Result> guards) {
    }

    @Type("WorkflowTemplate")
    @Description("A built-in workflow definition a workflow can be created from (CreateWorkflowInput.template).")
    public record Template(@Description("Pass as CreateWorkflowInput.template, e.g. software_delivery.")
                           @NonNull String key,
                           @Description("The template's display name.") @NonNull String name,
                           @Description("What the template is for.") String description,
                           @Description("The key of the state new items start in.") @NonNull String initialState,
                           @Description("The states it defines, in board order.")
                           @NonNull List<WorkflowTypes.@NonNull State> states,
                           @Description("The transitions it defines, with their guards.")
                           @NonNull List<WorkflowTypes.@NonNull Transition> transitions) {
    }
}
