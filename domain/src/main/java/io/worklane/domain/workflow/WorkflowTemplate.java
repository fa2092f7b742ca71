package io.worklane.domain.workflow;

import java.time.Instant;
import java.util.UUID;

/** A built-in workflow a workspace can start from; see {@link WorkflowTemplates}. */
public record WorkflowTemplate(String key, String name, String description, WorkflowDefinition definition) {

    /** A new workflow of {@code workspaceId} with this template's definition. */
    public Workflow instantiate(UUID workspaceId, Instant now) {
        return Workflow.create(workspaceId, definition, now);
    }
}
