package io.worklane.persistence.form;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.FormAccess;
import io.worklane.domain.form.FormDefinition;
import io.worklane.domain.form.FormField;
import io.worklane.domain.form.FormFieldType;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Form ↔ entity, row → form and fields ↔ jsonb, field by field. */
final class FormMapping {
    static final String COLUMNS = "id, workspace_id, project_id, (SELECT p.key FROM projects p WHERE p.id ="
            + " forms.project_id) AS project_key, slug, title, description, item_type, access,"
            + " confirmation, fields::text AS fields, version, created_at, updated_at";

    private FormMapping() {
    }

    static Form fromRow(Row r) {
        return new Form(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                r.getString("project_key"), new FormDefinition(r.getString("slug"), r.getString("title"), r.getString("description"),
                        WorkItemType.valueOf(r.getString("item_type")), FormAccess.valueOf(r.getString("access")),
                        r.getString("confirmation"), fields(r.getString("fields"))),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    /** The entity as a form; the project's key is not a column of it, so the caller says it. */
    static Form fromEntity(FormEntity e, String projectKey) {
        return new Form(e.id, e.workspaceId, e.projectId, projectKey, new FormDefinition(e.slug, e.title, e.description,
                WorkItemType.valueOf(e.itemType), FormAccess.valueOf(e.access), e.confirmation, fields(e.fields)),
                e.version, e.createdAt, e.updatedAt);
    }

    static FormEntity copy(Form f, FormEntity e) {
        FormDefinition d = f.definition();
        e.id = f.id();
        e.workspaceId = f.workspaceId();
        e.projectId = f.projectId();
        e.slug = d.slug();
        e.title = d.title();
        e.description = d.description();
        e.itemType = d.itemType().name();
        e.access = d.access().name();
        e.confirmation = d.confirmation();
        e.fields = Json.write(d.fields().stream().map(FormMapping::json).toList());
        e.createdAt = f.createdAt();
        e.updatedAt = f.updatedAt();
        return e;
    }

    private static Map<String, Object> json(FormField f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", f.key());
        m.put("label", f.label());
        m.put("helpText", f.helpText());
        m.put("type", f.type().name());
        m.put("target", f.target());
        m.put("required", f.required());
        m.put("options", f.options());
        m.put("minLength", f.minLength());
        m.put("maxLength", f.maxLength());
        m.put("minimum", f.minimum());
        m.put("maximum", f.maximum());
        m.put("pattern", f.pattern());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<FormField> fields(String json) {
        return json == null ? List.of() : Json.objects(json).stream().map(m -> new FormField((String) m.get("key"),
                (String) m.get("label"), (String) m.get("helpText"), FormFieldType.valueOf((String) m.get("type")),
                (String) m.get("target"), Boolean.TRUE.equals(m.get("required")), (List<String>) m.get("options"),
                integer(m.get("minLength")), integer(m.get("maxLength")), decimal(m.get("minimum")),
                decimal(m.get("maximum")), (String) m.get("pattern"))).toList();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Double decimal(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
