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
import java.util.LinkedHashMap;
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
                        // following the workspace default is stored as "none chosen"
                        .chain(() -> assignments.assign(workspaceId, projectId,
                                nextDefault.equals(fallback.id()) ? null : nextDefault, nextOverrides));
            });
        }));
    }

    /** Per pair of old and new workflow, the types that switch: one count and one move per pair, not per type. */
    private Uni<Void> moveEachType(UUID workspaceId, UUID projectId, WorkflowAssignment current,
                                   WorkflowAssignment next, Map<UUID, Workflow> byId, Map<String, String> mapping) {
        Map<List<UUID>, List<WorkItemType>> switching = new LinkedHashMap<>();
        for (WorkItemType type : WorkItemType.values()) {
            UUID from = current.workflowFor(type);
            UUID to = next.workflowFor(type);
            if (!from.equals(to)) {
                switching.computeIfAbsent(List.of(from, to), k -> new ArrayList<>()).add(type);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<List<UUID>, List<WorkItemType>> pair : switching.entrySet()) {
            Workflow to = byId.get(pair.getKey().get(1));
            List<WorkItemType> types = pair.getValue();
            chain = chain.chain(() -> assignments.itemsPerState(workspaceId, projectId, types).chain(counts -> {
                List<FieldError> errors = new ArrayList<>();
                Map<String, String> moves = StateMoves.needed(types, to, counts, mapping, errors);
                if (!errors.isEmpty()) {
                    throw DomainException.validation(errors);
                }
                return assignments.moveItems(workspaceId, null, projectId, types, moves, WorkflowData.doneStates(to))
                        .replaceWithVoid();
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
