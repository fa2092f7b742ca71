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
        public String workspace;
        @NonNull
        public String name;
        public String description;
        @Description("A key of workflowTemplates.")
        public String template;
        public String initialState;
        public List<WorkflowInputs.@NonNull StateInput> states;
        public List<WorkflowInputs.@NonNull TransitionInput> transitions;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateWorkflowInput")
    @Description("What is given replaces what the workflow had; states and transitions are replaced whole.")
    public static class Update {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public String name;
        public String description;
        public String initialState;
        public List<WorkflowInputs.@NonNull StateInput> states;
        public List<WorkflowInputs.@NonNull TransitionInput> transitions;
        @Description("Where the items go whose state the change removes.")
        public List<WorkflowInputs.@NonNull StateMove> stateMapping;
    }

    @Input("DeleteWorkflowInput")
    public static class Delete {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }

    @Input("TransitionWorkItemInput")
    @Description("Move a work item to another state of its workflow.")
    public static class Transition {
        @NonNull
        public String workspace;
        @NonNull
        @Description("The item's key or id.")
        public String workItem;
        @NonNull
        public String to;
        @Description("Added to the item as a comment.")
        public String comment;
        @Description("Answer as if moving, change nothing.")
        public Boolean dryRun;
        public Integer expectedVersion;
    }
}
