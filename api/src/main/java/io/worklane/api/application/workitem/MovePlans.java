package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.ProjectMove;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where each item of a move lands (ADR 0082), decided before anything is written: the target's workflow for the
 * item's type, the state it takes there, the custom values it keeps. The workflows and the field definitions
 * are read once for all the items (two and one statements).
 */
@ApplicationScoped
public class MovePlans {
    private final WorkflowResolver workflows;
    private final CustomFields customFields;

    public MovePlans(WorkflowResolver workflows, CustomFields customFields) {
        this.workflows = workflows;
        this.customFields = customFields;
    }

    /** One item's place in the target project. */
    public record Step(WorkItem before, String state, Workflow workflow, ProjectMove.CarriedValues values) {
    }

    public record Plan(Project target, List<Step> steps) {
    }

    public Uni<Plan> plan(Project target, List<WorkItem> items, Map<String, String> statusMapping) {
        UUID ws = target.workspaceId();
        Set<WorkflowResolver.Key> keys = new HashSet<>();
        Set<UUID> projectIds = new HashSet<>(Set.of(target.id()));
        items.forEach(i -> {
            keys.add(new WorkflowResolver.Key(target.id(), i.type()));
            projectIds.add(i.projectId());
        });
        Uni<Map<WorkflowResolver.Key, Workflow>> targetWorkflows = workflows.forItems(ws, keys);
        Uni<Map<UUID, List<CustomField>>> definitions = customFields.byProjects(ws, projectIds);
        return Uni.combine().all().unis(targetWorkflows, definitions).asTuple()
                .map(read -> new Plan(target, items.stream().map(item -> step(target, item, statusMapping,
                        read.getItem1().get(new WorkflowResolver.Key(target.id(), item.type())),
                        read.getItem2())).toList()));
    }

    private static Step step(Project target, WorkItem item, Map<String, String> mapping, Workflow workflow,
                             Map<UUID, List<CustomField>> definitions) {
        String state = ProjectMove.targetState(item, workflow, target.key(), mapping);
        ProjectMove.CarriedValues values = ProjectMove.customValues(item.customFields(),
                definitions.getOrDefault(item.projectId(), List.of()),
                definitions.getOrDefault(target.id(), List.of()));
        return new Step(item, state, workflow, values);
    }
}
