package io.worklane.persistence.workflow;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.workflow.Workflow;
import io.worklane.persistence.shared.Rows;

/** Workflow ↔ entity and row → workflow, spelled out field by field. */
final class WorkflowMapping {
    static final String COLUMNS = "id, workspace_id, name, description, definition::text AS definition, version,"
            + " created_at, updated_at";

    private WorkflowMapping() {
    }

    static Workflow fromRow(Row r) {
        WorkflowJson.Stored d = WorkflowJson.read(r.getString("definition"));
        return new Workflow(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("name"),
                r.getString("description"), d.states(), d.initialState(), d.transitions(), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static Workflow fromEntity(WorkflowEntity e) {
        WorkflowJson.Stored d = WorkflowJson.read(e.definition);
        return new Workflow(e.id, e.workspaceId, e.name, e.description, d.states(), d.initialState(), d.transitions(),
                e.version, e.createdAt, e.updatedAt);
    }

    static WorkflowEntity copy(Workflow w, WorkflowEntity e) {
        e.id = w.id();
        e.workspaceId = w.workspaceId();
        e.name = w.name();
        e.description = w.description();
        e.definition = WorkflowJson.write(w.initialState(), w.states(), w.transitions());
        e.createdAt = w.createdAt();
        e.updatedAt = w.updatedAt();
        return e;
    }
}
