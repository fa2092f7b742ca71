package io.worklane.persistence.project;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.util.List;

/** Custom field ↔ entity and row → custom field, spelled out field by field. */
final class CustomFieldMapping {
    /** options as text, parsed by {@link Json}, so the read side needs no jsonb codec. */
    static final String COLUMNS = "id, workspace_id, project_id, key, name, type, options::text AS options, required,"
            + " version, created_at, updated_at";

    private CustomFieldMapping() {
    }

    static CustomField fromRow(Row r) {
        return new CustomField(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                r.getString("key"), r.getString("name"), CustomFieldType.valueOf(r.getString("type")),
                List.copyOf(Json.stringList(r.getString("options"))), r.getBoolean("required"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static CustomField fromEntity(CustomFieldEntity e) {
        return new CustomField(e.id, e.workspaceId, e.projectId, e.key, e.name, CustomFieldType.valueOf(e.type),
                List.copyOf(Json.stringList(e.options)), e.required, e.version, e.createdAt,
                e.updatedAt);
    }

    static CustomFieldEntity copy(CustomField f, CustomFieldEntity e) {
        e.id = f.id();
        e.workspaceId = f.workspaceId();
        e.projectId = f.projectId();
        e.key = f.key();
        e.name = f.name();
        e.type = f.type().name();
        e.options = Json.write(f.options());
        e.required = f.required();
        e.createdAt = f.createdAt();
        e.updatedAt = f.updatedAt();
        return e;
    }
}
