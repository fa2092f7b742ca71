package io.worklane.domain.workflow;

import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.WorkItemType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Which workflow a project's work items follow: the project's default, unless their type has its own. */
public record WorkflowAssignment(UUID projectId, UUID defaultWorkflowId, Map<WorkItemType, UUID> overrides) {

    public WorkflowAssignment {
        Map<WorkItemType, UUID> given = overrides == null ? Map.of() : overrides;
        Validation v = new Validation()
                .require(projectId != null, "projectId", "REQUIRED", "is required")
                .require(defaultWorkflowId != null, "defaultWorkflowId", "REQUIRED", "is required");
        given.forEach((type, workflowId) -> v.require(workflowId != null, "overrides." + type, "REQUIRED",
                "name a workflow, or leave the type out to use the default"));
        v.orThrow();
        overrides = given.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(given));
    }

    public static WorkflowAssignment of(UUID projectId, UUID defaultWorkflowId) {
        return new WorkflowAssignment(projectId, defaultWorkflowId, Map.of());
    }

    public UUID workflowFor(WorkItemType type) {
        return overrides.getOrDefault(type, defaultWorkflowId);
    }

    public WorkflowAssignment withOverride(WorkItemType type, UUID workflowId) {
        Map<WorkItemType, UUID> changed = new EnumMap<>(WorkItemType.class);
        changed.putAll(overrides);
        changed.put(type, workflowId);
        return new WorkflowAssignment(projectId, defaultWorkflowId, changed);
    }

    public WorkflowAssignment withoutOverride(WorkItemType type) {
        Map<WorkItemType, UUID> changed = new EnumMap<>(WorkItemType.class);
        changed.putAll(overrides);
        changed.remove(type);
        return new WorkflowAssignment(projectId, defaultWorkflowId, changed);
    }

    /** Every workflow this project uses: a workflow in this set is in use and cannot be deleted. */
    public Set<UUID> workflowIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(defaultWorkflowId);
        ids.addAll(overrides.values());
        return Collections.unmodifiableSet(ids);
    }
}
