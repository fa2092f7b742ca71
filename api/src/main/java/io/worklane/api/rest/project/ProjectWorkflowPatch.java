package io.worklane.api.rest.project;

import io.worklane.api.application.workflow.ProjectWorkflowChange;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItemType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The workflow part of a project's merge patch: {@code workflow}, {@code workflowOverrides}, {@code stateMapping}. */
final class ProjectWorkflowPatch {
    private ProjectWorkflowPatch() {
    }

    static ProjectWorkflowChange of(MergePatch patch) {
        Change<UUID> workflow = patch.uuid("workflow");
        Change<Map<String, Object>> overrides = patch.object("workflowOverrides");
        Change<Map<String, Object>> mapping = patch.object("stateMapping");
        List<FieldError> errors = new ArrayList<>();
        Change<Map<WorkItemType, UUID>> typed = overrides.present()
                ? Change.to(types(overrides.value(), errors)) : Change.absent();
        Map<String, String> moves = new LinkedHashMap<>();
        if (mapping.present() && mapping.value() != null) {
            mapping.value().forEach((from, to) -> {
                if (to instanceof String s) {
                    moves.put(from, s);
                } else {
                    errors.add(new FieldError("stateMapping." + from, "INVALID_TYPE", "must be a state key (a string)"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return new ProjectWorkflowChange(workflow, typed, moves);
    }

    private static Map<WorkItemType, UUID> types(Map<String, Object> raw, List<FieldError> errors) {
        Map<WorkItemType, UUID> typed = new EnumMap<>(WorkItemType.class);
        if (raw == null) {
            return typed;
        }
        raw.forEach((type, id) -> {
            String field = "workflowOverrides." + type;
            WorkItemType t = java.util.Arrays.stream(WorkItemType.values()).filter(v -> v.name().equals(type))
                    .findFirst().orElse(null);
            UUID workflowId = id instanceof String s ? Ids.parseOrNull(s) : null;
            if (t == null) {
                errors.add(new FieldError(field, "UNKNOWN_TYPE", "is not a work item type: "
                        + java.util.Arrays.toString(WorkItemType.values())));
            } else if (workflowId == null) {
                errors.add(new FieldError(field, "INVALID_FORMAT", "must be a workflow id"));
            } else {
                typed.put(t, workflowId);
            }
        });
        return typed;
    }
}
