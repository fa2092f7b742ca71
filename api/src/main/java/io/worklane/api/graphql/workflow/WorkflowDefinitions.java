package io.worklane.api.graphql.workflow;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workflow.WorkflowEdit;
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

    static WorkflowEdit edit(WorkflowMutationInputs.Update in) {
        return new WorkflowEdit(in.name, in.description, WorkflowInputs.states(in.states), in.initialState,
                WorkflowInputs.transitions(in.transitions));
    }
}
