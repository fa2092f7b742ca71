package io.worklane.domain.workflow;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.workitem.WorkItemType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Port: which workflow each project's items follow, and the items a workflow change moves. A
 * project that chose no workflow follows the workspace default.
 */
public interface WorkflowAssignments {
    /** The assignment of each project, with "none chosen" resolved to the workspace default. */
    Uni<Map<UUID, WorkflowAssignment>> of(UUID workspaceId, Collection<UUID> projectIds);

    /** Sets a project's workflow (null: the workspace default) and per-type overrides, in the current transaction. */
    Uni<Void> assign(UUID workspaceId, UUID projectId, UUID workflowId, Map<WorkItemType, UUID> overrides);

    /** How many items follow the workflow, per state. */
    Uni<Map<String, Long>> itemsPerState(UUID workspaceId, UUID workflowId);

    /** How many items of a project, of the given types, are in each state. */
    Uni<Map<String, Long>> itemsPerState(UUID workspaceId, UUID projectId, Collection<WorkItemType> types);

    /**
     * Moves the items that follow {@code workflowId} (or, with a project, that project's items of
     * {@code types}) from each mapped state to its target, in the current transaction.
     */
    Uni<Integer> moveItems(UUID workspaceId, UUID workflowId, UUID projectId, Collection<WorkItemType> types,
                           Map<String, String> moves, List<String> doneStates);
}
