package io.worklane.domain.workflow;

import java.util.List;

/**
 * A change of a workflow's definition as both APIs take it: what is given replaces what the workflow
 * has (states and transitions whole), what is null stays. Applied to the workflow as it is when the
 * change is made, inside the use case.
 */
public record WorkflowEdit(String name, String description, List<WorkflowState> states, String initialState,
                           List<Transition> transitions) {

    public WorkflowDefinition applyTo(Workflow current) {
        return new WorkflowDefinition(name != null ? name : current.name(),
                description != null ? description : current.description(),
                states != null ? states : current.states(),
                initialState != null ? initialState : current.initialState(),
                transitions != null ? transitions : current.transitions());
    }
}
