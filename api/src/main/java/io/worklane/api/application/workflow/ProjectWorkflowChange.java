package io.worklane.api.application.workflow;

import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.WorkItemType;
import java.util.Map;
import java.util.UUID;

/**
 * A change of which workflows a project's items follow: the project's workflow (null: the
 * workspace default), the per-type overrides (the complete new map; a type left out follows the
 * project's workflow), and where items go whose state the new workflow lacks.
 */
public record ProjectWorkflowChange(Change<UUID> workflow, Change<Map<WorkItemType, UUID>> overrides,
                                    Map<String, String> stateMapping) {

    public static ProjectWorkflowChange none() {
        return new ProjectWorkflowChange(Change.absent(), Change.absent(), Map.of());
    }

    public boolean isEmpty() {
        return !workflow.present() && !overrides.present();
    }
}
