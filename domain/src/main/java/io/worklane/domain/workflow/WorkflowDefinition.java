package io.worklane.domain.workflow;

import io.worklane.domain.shared.DomainException;
import java.util.List;

/**
 * What a workflow says, without identity or version: the input to create and revise a workflow, and
 * what a template holds. {@link #validate()} refuses a bad definition with every problem at once.
 */
public record WorkflowDefinition(String name, String description, List<WorkflowState> states, String initialState,
                                 List<Transition> transitions) {

    public WorkflowDefinition {
        states = Copies.of(states);
        transitions = Copies.of(transitions);
    }

    /** @throws DomainException VALIDATION_FAILED naming each field at fault */
    public void validate() {
        WorkflowRules.validation(this).orThrow();
    }
}
