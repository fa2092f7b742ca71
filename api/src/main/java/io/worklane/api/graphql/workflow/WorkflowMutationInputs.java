package io.worklane.api.graphql.workflow;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the workflow mutations. */
final class WorkflowMutationInputs {
    private WorkflowMutationInputs() {
    }

    @Input("CreateWorkflowInput")
    @Description("A workflow from a definition, or from a template (then only name and description).")
    public static class Create {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("The workflow's display name.")
        public String name;
        @Description("What the workflow is for.")
        public String description;
        @Description("A key of workflowTemplates.")
        public String template;
        @Description("The key of the state new items start in, one of states; leave it out with template.")
        public String initialState;
        @Description("The states, in board order; required unless template is given.")
        public List<WorkflowInputs.@NonNull StateInput> states;
        @Description("The allowed moves between states, with their guards; required unless template is given.")
        public List<WorkflowInputs.@NonNull TransitionInput> transitions;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateWorkflowInput")
    @Description("What is given replaces what the workflow had; states and transitions are replaced whole.")
    public static class Update {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The workflow's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the workflow changed since, the error "
                + "CONFLICT.")
        public Integer expectedVersion;
        @Description("The new name; null: unchanged.")
        public String name;
        @Description("The new description; null: unchanged.")
        public String description;
        @Description("The key of the state new items start in; null: unchanged.")
        public String initialState;
        @Description("The states in board order, replacing the whole list; null: unchanged.")
        public List<WorkflowInputs.@NonNull StateInput> states;
        @Description("The transitions, replacing the whole list; null: unchanged.")
        public List<WorkflowInputs.@NonNull TransitionInput> transitions;
        @Description("Where the items go whose state the change removes.")
        public List<WorkflowInputs.@NonNull StateMove> stateMapping;
    }

    @Input("DeleteWorkflowInput")
    @Description("Deletes a workflow that no project uses.")
    public static class Delete {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The workflow's id.")
        public String id;
        @Description("Optional: act only if the workflow is still at this version (its version field), else the error "
                + "CONFLICT.")
        public Integer expectedVersion;
    }

    @Input("TransitionWorkItemInput")
    @Description("Move a work item to another state of its workflow.")
    public static class Transition {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("The item's key or id.")
        public String workItem;
        @NonNull
        @Description("The key of the target state; there must be a transition to it from the item's state.")
        public String to;
        @Description("Added to the item as a comment.")
        public String comment;
        @Description("Answer as if moving, change nothing.")
        public Boolean dryRun;
        @Description("Optional: the version your change is based on; if the TransitionWorkItemInput changed since, "
                + "the error CONFLICT.")
        public Integer expectedVersion;
    }
}
