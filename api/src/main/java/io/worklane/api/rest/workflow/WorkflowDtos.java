package io.worklane.api.rest.workflow;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workflow.ConditionGuard;
import io.worklane.domain.workflow.Guard;
import io.worklane.domain.workflow.GuardResult;
import io.worklane.domain.workflow.RequiredFieldsGuard;
import io.worklane.domain.workflow.RolesGuard;
import io.worklane.domain.workflow.TeamGuard;
import io.worklane.domain.workflow.Transition;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowState;
import io.worklane.domain.workflow.WorkflowTemplate;
import io.worklane.openapi.model.GuardType;
import io.worklane.openapi.model.StateCategory;
import io.worklane.openapi.model.WorkflowList;
import io.worklane.openapi.model.WorkflowTemplateList;
import io.worklane.openapi.model.WorkflowTransition;
import java.util.List;
import java.util.UUID;

/** Workflows, templates and guard answers in their REST shapes, spelled out field by field. */
public final class WorkflowDtos {
    private WorkflowDtos() {
    }

    static io.worklane.openapi.model.Workflow of(Workflow w, UUID workspaceDefault) {
        return new io.worklane.openapi.model.Workflow().id(w.id()).name(w.name()).description(w.description())
                .initialState(w.initialState()).states(states(w.states())).transitions(transitions(w.transitions()))
                .workspaceDefault(w.id().equals(workspaceDefault)).version(w.version())
                .createdAt(Dates.utc(w.createdAt())).updatedAt(Dates.utc(w.updatedAt()));
    }

    static WorkflowList of(Page<Workflow> page, UUID workspaceDefault) {
        return new WorkflowList().items(page.items().stream().map(w -> of(w, workspaceDefault)).toList())
                .nextCursor(page.nextCursor());
    }

    static WorkflowTemplateList templates(List<WorkflowTemplate> templates) {
        return new WorkflowTemplateList().items(templates.stream().map(t -> new io.worklane.openapi.model
                .WorkflowTemplate().key(t.key()).name(t.name()).description(t.description())
                .initialState(t.definition().initialState()).states(states(t.definition().states()))
                .transitions(transitions(t.definition().transitions()))).toList());
    }

    public static List<io.worklane.openapi.model.GuardResult> results(List<GuardResult> results) {
        return results.stream().map(r -> new io.worklane.openapi.model.GuardResult()
                .type(GuardType.fromValue(r.type().name())).passed(r.passed()).reason(r.reason())).toList();
    }

    private static List<io.worklane.openapi.model.WorkflowState> states(List<WorkflowState> states) {
        return states.stream().map(s -> new io.worklane.openapi.model.WorkflowState().key(s.key()).name(s.name())
                .category(StateCategory.fromValue(s.category().name()))).toList();
    }

    private static List<WorkflowTransition> transitions(List<Transition> transitions) {
        return transitions.stream().map(t -> new WorkflowTransition().from(t.from()).to(t.to()).name(t.name())
                .guards(t.guards().stream().map(WorkflowDtos::guard).toList())).toList();
    }

    private static io.worklane.openapi.model.Guard guard(Guard g) {
        io.worklane.openapi.model.Guard dto = new io.worklane.openapi.model.Guard()
                .type(GuardType.fromValue(g.type().name()));
        if (g instanceof RequiredFieldsGuard r) {
            dto.fields(r.fields());
        } else if (g instanceof RolesGuard r) {
            dto.roles(r.roles());
        } else if (g instanceof TeamGuard t) {
            dto.teams(t.teams());
        } else if (g instanceof ConditionGuard c) {
            dto.filter(c.filter());
        }
        return dto;
    }
}
