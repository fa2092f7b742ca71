package io.worklane.persistence.project;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.project.ProjectVisibility;
import io.worklane.persistence.shared.Rows;

/** Project ↔ entity and row → project, spelled out field by field. */
final class ProjectMapping {
    static final String COLUMNS = "id, workspace_id, key, name, description, kind, status, lead_id, start_date,"
            + " target_date, visibility, version, created_at, updated_at";

    private ProjectMapping() {
    }

    static Project fromRow(Row r) {
        return new Project(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("key"), r.getString("name"),
                r.getString("description"), ProjectKind.valueOf(r.getString("kind")),
                ProjectStatus.valueOf(r.getString("status")), r.getUUID("lead_id"), r.getLocalDate("start_date"),
                r.getLocalDate("target_date"),
                ProjectVisibility.valueOf(r.getString("visibility")), r.getLong("version"), Rows.instant(r, "created_at"),
                Rows.instant(r, "updated_at"));
    }

    static Project fromEntity(ProjectEntity e) {
        return new Project(e.id, e.workspaceId, e.key, e.name, e.description, ProjectKind.valueOf(e.kind),
                ProjectStatus.valueOf(e.status), e.leadId, e.startDate, e.targetDate,
                ProjectVisibility.valueOf(e.visibility), e.version, e.createdAt,
                e.updatedAt);
    }

    static ProjectEntity copy(Project p, ProjectEntity e) {
        e.id = p.id();
        e.workspaceId = p.workspaceId();
        e.key = p.key();
        e.name = p.name();
        e.description = p.description();
        e.kind = p.kind().name();
        e.status = p.status().name();
        e.leadId = p.leadId();
        e.startDate = p.startDate();
        e.targetDate = p.targetDate();
        e.visibility = p.visibility().name();
        e.createdAt = p.createdAt();
        e.updatedAt = p.updatedAt();
        return e;
    }
}
