package io.worklane.api.graphql.workflow;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a workflow. */
@Description("A state machine for work items: states, an initial state and guarded transitions.")
public class Workflow {
    @Ignore
    private final io.worklane.domain.workflow.Workflow workflow;

    public Workflow(io.worklane.domain.workflow.Workflow workflow) {
        this.workflow = workflow;
    }

    @Id
    @NonNull
    @Description("The workflow's id (a UUID).")
    public String getId() {
        return workflow.id().toString();
    }

    @NonNull
    @Description("The workflow's display name.")
    public String getName() {
        return workflow.name();
    }

    @Description("What the workflow is for; null when none was given.")
    public String getDescription() {
        return workflow.description();
    }

    @NonNull
    @Description("Where new items start.")
    public String getInitialState() {
        return workflow.initialState();
    }

    @NonNull
    @Description("The states, in board order: a board's columns.")
    public List<WorkflowTypes.@NonNull State> getStates() {
        return WorkflowTypes.State.of(workflow.states());
    }

    @NonNull
    @Description("The allowed moves between states, with their guards.")
    public List<WorkflowTypes.@NonNull Transition> getTransitions() {
        return WorkflowTypes.Transition.of(workflow.transitions());
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) workflow.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return workflow.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return workflow.updatedAt();
    }
}
