package io.worklane.api.graphql.workflow;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowDefinition;
import io.worklane.domain.workflow.WorkflowTemplates;
import java.util.List;

/** GraphQL inputs → workflow definitions (a template, a full definition, or a revision of one). */
final class WorkflowDefinitions {
    private WorkflowDefinitions() {
    }

    static WorkflowDefinition of(WorkflowMutationInputs.Create in) {
        if (in.template == null) {
            return new WorkflowDefinition(in.name, in.description, WorkflowInputs.states(in.states), in.initialState,
                    WorkflowInputs.transitions(in.transitions));
        }
        if (in.states != null || in.transitions != null || in.initialState != null) {
            throw DomainException.validation(List.of(new FieldError("template", "NOT_ALLOWED",
                    "give either a template or states, initialState and transitions, not both")));
        }
        return WorkflowTemplates.definition(in.template, in.name, in.description);
    }

    static WorkflowDefinition revised(Workflow current, WorkflowMutationInputs.Update in) {
        return new WorkflowDefinition(in.name != null ? in.name : current.name(),
                in.description != null ? in.description : current.description(),
                in.states != null ? WorkflowInputs.states(in.states) : current.states(),
                in.initialState != null ? in.initialState : current.initialState(),
                in.transitions != null ? WorkflowInputs.transitions(in.transitions) : current.transitions());
    }
}
