package io.worklane.persistence.template;

import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.persistence.shared.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The set-based INSERTs of a new project's plan and the JSON arrays of rows they read. */
final class PlanRows {
    private static final String ROWS = " FROM jsonb_to_recordset(cast(cast(:rows AS text) AS jsonb)) AS r(";
    static final String PHASES = "INSERT INTO phases (id, workspace_id, project_id, name, position, start_date,"
            + " end_date, version, created_at, updated_at) SELECT id, workspace_id, project_id, name, position,"
            + " start_date, end_date, 0, created_at, created_at" + ROWS + "id uuid, workspace_id uuid, project_id uuid,"
            + " name text, position int, start_date date, end_date date, created_at timestamptz)";
    static final String ITEMS = "INSERT INTO work_items (id, workspace_id, project_id, number, type, title, description,"
            + " status, priority, parent_id, start_date, due_date, estimate_minutes, labels, custom_fields, version,"
            + " created_at, updated_at, completed_at, phase_id) SELECT id, workspace_id, project_id, number, type, title,"
            + " description, status, priority, parent_id, start_date, due_date, estimate_minutes, labels, custom_fields,"
            + " 0, created_at, created_at, completed_at, phase_id" + ROWS + "id uuid, workspace_id uuid, project_id uuid,"
            + " number bigint, type text, title text, description text, status text, priority text, parent_id uuid,"
            + " start_date date, due_date date, estimate_minutes bigint, labels jsonb, custom_fields jsonb,"
            + " created_at timestamptz, completed_at timestamptz, phase_id uuid)";
    static final String HISTORY = "INSERT INTO work_item_activity (id, workspace_id, work_item_id, occurred_at,"
            + " actor_kind, actor_id, actor_name, field, before, after) SELECT id, workspace_id, work_item_id,"
            + " occurred_at, actor_kind, actor_id, actor_name, field, NULL, after" + ROWS + "id uuid, workspace_id uuid,"
            + " work_item_id uuid, occurred_at timestamptz, actor_kind text, actor_id text, actor_name text,"
            + " field text, after jsonb)";
    static final String DEPENDENCIES = "INSERT INTO work_item_dependencies (id, workspace_id, predecessor_id,"
            + " successor_id, type, lag_days, version, created_at, updated_at) SELECT id, workspace_id, predecessor_id,"
            + " successor_id, type, lag_days, 0, created_at, created_at" + ROWS + "id uuid, workspace_id uuid,"
            + " predecessor_id uuid, successor_id uuid, type text, lag_days int, created_at timestamptz)";

    private PlanRows() {
    }

    static String phases(List<Phase> phases) {
        return rows(phases, p -> {
            Map<String, Object> m = row(p.id(), p.workspaceId(), p.createdAt());
            m.put("project_id", p.projectId().toString());
            m.put("name", p.name());
            m.put("position", p.position());
            m.put("start_date", date(p.startDate()));
            m.put("end_date", date(p.endDate()));
            return m;
        });
    }

    static String items(List<WorkItem> items) {
        return rows(items, i -> {
            Map<String, Object> m = row(i.id(), i.workspaceId(), i.createdAt());
            m.put("project_id", i.projectId().toString());
            m.put("number", i.number());
            m.put("type", i.type().name());
            m.put("title", i.title());
            m.put("description", i.description());
            m.put("status", i.status());
            m.put("priority", i.priority().name());
            m.put("parent_id", i.parentId() == null ? null : i.parentId().toString());
            m.put("start_date", date(i.startDate()));
            m.put("due_date", date(i.dueDate()));
            m.put("estimate_minutes", i.estimateMinutes());
            m.put("labels", i.labels());
            m.put("custom_fields", i.customFields());
            m.put("completed_at", i.completedAt() == null ? null : i.completedAt().toString());
            m.put("phase_id", i.phaseId() == null ? null : i.phaseId().toString());
            return m;
        });
    }

    static String history(List<ActivityEntry> entries) {
        return rows(entries, e -> {
            Map<String, Object> m = row(e.id(), e.workspaceId(), e.occurredAt());
            m.put("work_item_id", e.workItemId().toString());
            m.put("occurred_at", e.occurredAt().toString());
            m.put("actor_kind", e.actor().kind().name());
            m.put("actor_id", e.actor().id());
            m.put("actor_name", e.actor().name());
            m.put("field", e.field());
            m.put("after", e.after());
            return m;
        });
    }

    static String dependencies(List<Dependency> dependencies) {
        return rows(dependencies, d -> {
            Map<String, Object> m = row(d.id(), d.workspaceId(), d.createdAt());
            m.put("predecessor_id", d.predecessorId().toString());
            m.put("successor_id", d.successorId().toString());
            m.put("type", d.type().name());
            m.put("lag_days", d.lagDays());
            return m;
        });
    }

    private static Map<String, Object> row(java.util.UUID id, java.util.UUID workspaceId, Instant createdAt) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", id.toString());
        m.put("workspace_id", workspaceId.toString());
        m.put("created_at", createdAt.toString());
        return m;
    }

    private static <T> String rows(List<T> values, java.util.function.Function<T, Map<String, Object>> row) {
        List<Map<String, Object>> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(row.apply(v)));
        return Json.write(out);
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
