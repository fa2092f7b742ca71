package io.worklane.api.rest.workflow;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workflow.Guard;
import io.worklane.domain.workflow.RequiredFieldsGuard;
import io.worklane.domain.workflow.RolesGuard;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.TeamGuard;
import io.worklane.domain.workflow.Transition;
import io.worklane.domain.workflow.WorkflowDefinition;
import io.worklane.domain.workflow.WorkflowState;
import io.worklane.domain.workflow.WorkflowTemplates;
import io.worklane.openapi.model.WorkflowCreate;
import io.worklane.openapi.model.WorkflowTransition;
import java.util.List;

/** REST bodies → workflow definitions. Nulls pass through, so the domain names what is missing. */
final class WorkflowRequests {
    private WorkflowRequests() {
    }

    static WorkflowDefinition definition(WorkflowCreate b) {
        if (b.getTemplate() != null) {
            return fromTemplate(b);
        }
        return new WorkflowDefinition(b.getName(), b.getDescription(), states(b.getStates()), b.getInitialState(),
                transitions(b.getTransitions()));
    }

    private static WorkflowDefinition fromTemplate(WorkflowCreate b) {
        if (!isEmpty(b.getStates()) || !isEmpty(b.getTransitions()) || b.getInitialState() != null) {
            throw DomainException.validation(List.of(new FieldError("template", "NOT_ALLOWED", "give either a"
                    + " template or states, initialState and transitions, not both")));
        }
        return WorkflowTemplates.definition(b.getTemplate(), b.getName(), b.getDescription());
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    static List<WorkflowState> states(List<io.worklane.openapi.model.WorkflowState> states) {
        return states == null ? null : states.stream().map(s -> s == null ? null : new WorkflowState(s.getKey(),
                s.getName(), s.getCategory() == null ? null : StateCategory.valueOf(s.getCategory().name()))).toList();
    }

    static List<Transition> transitions(List<WorkflowTransition> transitions) {
        return transitions == null ? null : transitions.stream().map(t -> t == null ? null : new Transition(t.getFrom(),
                t.getTo(), t.getName(), t.getGuards() == null ? List.of()
                : t.getGuards().stream().map(WorkflowRequests::guard).toList())).toList();
    }

    private static Guard guard(io.worklane.openapi.model.Guard g) {
        if (g == null || g.getType() == null) {
            return null;
        }
        return switch (g.getType()) {
            case REQUIRED_FIELDS -> new RequiredFieldsGuard(g.getFields());
            case ROLES -> new RolesGuard(g.getRoles());
            case APPROVAL -> Guard.approval();
            case CHILDREN_DONE -> Guard.childrenDone();
            case PREDECESSORS_DONE -> Guard.predecessorsDone();
            case CONDITION -> Guard.condition(g.getFilter());
            case TEAM -> new TeamGuard(g.getTeams());
        };
    }
}
