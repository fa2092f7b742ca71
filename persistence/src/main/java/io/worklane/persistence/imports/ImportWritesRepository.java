package io.worklane.persistence.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.imports.ImportWrites;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The set-based writes of an import's chunk (ADR 0083): the rows travel as one JSON array and PostgreSQL spreads
 * them out, as a template's plan does (ADR 0029). The columns are those a single insert writes
 * ({@code WorkItemMapping.copy}); the rank, the search vector and the kept counts come from the table's
 * triggers, as for a single insert.
 */
@ApplicationScoped
public class ImportWritesRepository implements ImportWrites {
    private static final String ITEMS = "INSERT INTO work_items (id, workspace_id, project_id, number, type, title,"
            + " description, status, priority, assignee_ids, reporter_id, parent_id, start_date, due_date,"
            + " estimate_minutes, labels, custom_fields, version, created_at, updated_at, completed_at, phase_id,"
            + " start_no_earlier_than, finish_no_later_than, team_id) SELECT id, workspace_id, project_id, number, type,"
            + " title, description, status, priority, assignee_ids, reporter_id, parent_id, start_date, due_date,"
            + " estimate_minutes, labels, custom_fields, 0, created_at, updated_at, completed_at, phase_id,"
            + " start_no_earlier_than, finish_no_later_than, team_id"
            + " FROM jsonb_to_recordset(cast(cast(:rows AS text) AS jsonb)) AS r(n int, id uuid, workspace_id uuid,"
            + " project_id uuid, number bigint, type text, title text, description text, status text, priority text,"
            + " assignee_ids jsonb, reporter_id uuid, parent_id uuid, start_date date, due_date date,"
            + " estimate_minutes bigint, labels jsonb, custom_fields jsonb, created_at timestamptz,"
            + " updated_at timestamptz, completed_at timestamptz, phase_id uuid, start_no_earlier_than date,"
            + " finish_no_later_than date, team_id uuid) ORDER BY n";

    @Override
    public Uni<Long> reserveNumbers(UUID projectId, int count) {
        // the row lock taken here serialises creators in one project, as a single creation's does
        return Writes.inSession(s -> Writes.<Long>nativeQuery(s, "UPDATE projects SET last_item_number ="
                        + " last_item_number + :n WHERE id = :id RETURNING last_item_number - :n + 1")
                .setParameter("n", (long) count).setParameter("id", projectId).getSingleResult());
    }

    @Override
    public Uni<Void> insertItems(List<WorkItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        for (WorkItem w : items) {
            rows.add(row(rows.size(), w));
        }
        return Writes.inSession(s -> s.createNativeQuery(ITEMS).setParameter("rows", Json.write(rows)).executeUpdate())
                .replaceWithVoid();
    }

    private static Map<String, Object> row(int n, WorkItem w) {
        Map<String, Object> m = new HashMap<>();
        m.put("n", n);
        m.put("id", w.id().toString());
        m.put("workspace_id", w.workspaceId().toString());
        m.put("project_id", w.projectId().toString());
        m.put("number", w.number());
        m.put("type", w.type().name());
        m.put("title", w.title());
        m.put("description", w.description());
        m.put("status", w.status());
        m.put("priority", w.priority().name());
        m.put("assignee_ids", w.assigneeIds().stream().map(UUID::toString).toList());
        m.put("reporter_id", text(w.reporterId()));
        m.put("parent_id", text(w.parentId()));
        m.put("start_date", text(w.startDate()));
        m.put("due_date", text(w.dueDate()));
        m.put("estimate_minutes", w.estimateMinutes());
        m.put("labels", w.labels());
        m.put("custom_fields", w.customFields());
        m.put("created_at", w.createdAt().toString());
        m.put("updated_at", w.updatedAt().toString());
        m.put("completed_at", text(w.completedAt()));
        m.put("phase_id", text(w.phaseId()));
        m.put("start_no_earlier_than", text(w.startNoEarlierThan()));
        m.put("finish_no_later_than", text(w.finishNoLaterThan()));
        m.put("team_id", text(w.teamId()));
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
