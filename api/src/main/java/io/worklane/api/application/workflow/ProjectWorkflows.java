package io.worklane.api.application.workflow;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowAssignment;
import io.worklane.domain.workflow.WorkflowAssignments;
import io.worklane.domain.workflow.Workflows;
import io.worklane.domain.workitem.WorkItemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Assigns workflows to a project inside the project's update. Items of a type whose workflow changes
 * keep their state when the new workflow has it; otherwise {@code stateMapping} must name where they
 * go (MAPPING_REQUIRED), so that no item is ever in a state its workflow lacks. New items start in the
 * new workflow's initial state.
 */
@ApplicationScoped
public class ProjectWorkflows {
    private final Workflows workflows;
    private final WorkflowAssignments assignments;

    public ProjectWorkflows(Workflows workflows, WorkflowAssignments assignments) {
        this.workflows = workflows;
        this.assignments = assignments;
    }

    /** The assignment of each project, in one statement. */
    public Uni<Map<UUID, WorkflowAssignment>> of(UUID workspaceId, java.util.Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Uni.createFrom().item(Map.of()) : assignments.of(workspaceId, projectIds);
    }

    public Uni<WorkflowAssignment> of(UUID workspaceId, UUID projectId) {
        return assignments.of(workspaceId, List.of(projectId)).map(found -> found.get(projectId));
    }

    public Uni<Void> apply(UUID workspaceId, UUID projectId, ProjectWorkflowChange change) {
        if (change.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return of(workspaceId, projectId).chain(current -> workflows.workspaceDefault(workspaceId).chain(fallback -> {
            UUID nextDefault = change.workflow().present()
                    ? (change.workflow().value() == null ? fallback.id() : change.workflow().value())
                    : current.defaultWorkflowId();
            Map<WorkItemType, UUID> nextOverrides = change.overrides().present()
                    ? (change.overrides().value() == null ? Map.of() : change.overrides().value()) : current.overrides();
            WorkflowAssignment next = new WorkflowAssignment(projectId, nextDefault, nextOverrides);
            Set<UUID> ids = new HashSet<>(next.workflowIds());
            ids.addAll(current.workflowIds());
            return workflows.byIds(workspaceId, ids).chain(byId -> {
                refuseUnknown(next, byId, change);
                return moveEachType(workspaceId, projectId, current, next, byId, change.stateMapping())
                        .chain(() -> assignments.assign(workspaceId, projectId,
                                nextDefault.equals(fallback.id()) && !change.workflow().present()
                                        ? null : nextDefault, nextOverrides));
            });
        }));
    }

    private Uni<Void> moveEachType(UUID workspaceId, UUID projectId, WorkflowAssignment current,
                                   WorkflowAssignment next, Map<UUID, Workflow> byId, Map<String, String> mapping) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        List<FieldError> errors = new ArrayList<>();
        for (WorkItemType type : WorkItemType.values()) {
            Workflow from = byId.get(current.workflowFor(type));
            Workflow to = byId.get(next.workflowFor(type));
            if (from.id().equals(to.id())) {
                continue;
            }
            chain = chain.chain(() -> assignments.itemsPerState(workspaceId, projectId, List.of(type))
                    .chain(counts -> {
                        Map<String, String> moves = StateMoves.needed(type, to, counts, mapping, errors);
                        if (!errors.isEmpty()) {
                            throw DomainException.validation(errors);
                        }
                        return assignments.moveItems(workspaceId, null, projectId, List.of(type), moves,
                                WorkflowData.doneStates(to)).replaceWithVoid();
                    }));
        }
        return chain;
    }

    private static void refuseUnknown(WorkflowAssignment next, Map<UUID, Workflow> byId, ProjectWorkflowChange change) {
        List<FieldError> errors = new ArrayList<>();
        if (!byId.containsKey(next.defaultWorkflowId())) {
            errors.add(new FieldError("workflow", "UNKNOWN_WORKFLOW", "no workflow " + next.defaultWorkflowId()
                    + " in this workspace (GET …/workflows lists them)"));
        }
        next.overrides().forEach((type, id) -> {
            if (!byId.containsKey(id)) {
                errors.add(new FieldError("workflowOverrides." + type, "UNKNOWN_WORKFLOW", "no workflow " + id
                        + " in this workspace"));
            }
        });
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
    }
}
