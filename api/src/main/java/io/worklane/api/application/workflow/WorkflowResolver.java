package io.worklane.api.application.workflow;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowAssignment;
import io.worklane.domain.workflow.WorkflowAssignments;
import io.worklane.domain.workflow.Workflows;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The workflow a work item follows: its project's override for its type, the project's, or the workspace's. */
@ApplicationScoped
public class WorkflowResolver {
    private final Workflows workflows;
    private final WorkflowAssignments assignments;

    public WorkflowResolver(Workflows workflows, WorkflowAssignments assignments) {
        this.workflows = workflows;
        this.assignments = assignments;
    }

    public Uni<Workflow> forItem(UUID workspaceId, UUID projectId, WorkItemType type) {
        return forItems(workspaceId, List.of(new Key(projectId, type))).map(found -> found.get(new Key(projectId, type)));
    }

    public Uni<Workflow> forItem(WorkItem item) {
        return forItem(item.workspaceId(), item.projectId(), item.type());
    }

    /** The workflow each project's items follow unless their type has its own, in two statements. */
    public Uni<Map<UUID, Workflow>> projectDefaults(UUID workspaceId, Collection<UUID> projectIds) {
        return forItems(workspaceId, projectIds.stream().map(p -> new Key(p, null)).toList())
                .map(byKey -> {
                    Map<UUID, Workflow> byProject = new HashMap<>();
                    byKey.forEach((key, workflow) -> byProject.put(key.projectId(), workflow));
                    return byProject;
                });
    }

    /** The workflow of each (project, type), in two statements whatever their number. */
    public Uni<Map<Key, Workflow>> forItems(UUID workspaceId, Collection<Key> keys) {
        Set<UUID> projectIds = keys.stream().map(Key::projectId).collect(Collectors.toSet());
        return assignments.of(workspaceId, projectIds).chain(byProject -> {
            Map<Key, UUID> workflowIds = new HashMap<>();
            keys.forEach(k -> {
                WorkflowAssignment a = byProject.get(k.projectId());
                if (a != null) {
                    workflowIds.put(k, k.type() == null ? a.defaultWorkflowId() : a.workflowFor(k.type()));
                }
            });
            return workflows.byIds(workspaceId, Set.copyOf(workflowIds.values())).map(byId -> {
                Map<Key, Workflow> resolved = new HashMap<>();
                workflowIds.forEach((k, id) -> resolved.put(k, byId.get(id)));
                return resolved;
            });
        });
    }

    /** A project and an item type; a null type stands for the project's own workflow. */
    public record Key(UUID projectId, WorkItemType type) {
        public static Key of(WorkItem item) {
            return new Key(item.projectId(), item.type());
        }
    }
}
