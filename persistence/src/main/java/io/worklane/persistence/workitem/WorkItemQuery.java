package io.worklane.persistence.workitem;

import io.worklane.domain.shared.Page;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.workitem.filter.FilterSql;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Builds the filtered, keyset-ordered SQL of work item lists; every condition has an index behind it. */
public final class WorkItemQuery {
    /** The tables {@link #where} filters: {@code work_items w JOIN projects p}. */
    public static final String FROM = WorkItemMapping.FROM;

    private WorkItemQuery() {
    }

    /** The list's WHERE over {@code work_items w JOIN projects p}: also what aggregates and analytics filter by. */
    public static Params where(UUID workspaceId, WorkItemFilter f) {
        Params p = new Params().where("w.workspace_id = ?", workspaceId);
        p.whereIf(f.projectId() != null, "w.project_id = ?", f.projectId());
        // the private projects the caller is no member of (ADR 0084)
        p.whereIf(!f.hiddenProjects().isEmpty(), "w.project_id <> ALL(?)", f.hiddenProjects().toArray(UUID[]::new));
        p.whereIf(f.status() != null, "w.status = ?", f.status());
        p.whereIf(f.type() != null, "w.type = ?", f.type() == null ? null : f.type().name());
        p.whereIf(f.assigneeId() != null, "w.assignee_ids @> ?::text::jsonb",
                f.assigneeId() == null ? null : Json.write(List.of(f.assigneeId().toString())));
        p.whereIf(f.label() != null, "w.labels @> ?::text::jsonb", f.label() == null ? null : Json.write(List.of(f.label())));
        p.whereIf(f.parentId() != null, "w.parent_id = ?", f.parentId());
        p.whereIf(f.updatedSince() != null, "w.updated_at >= ?",
                f.updatedSince() == null ? null : f.updatedSince().atOffset(ZoneOffset.UTC));
        p.whereIf(f.text() != null, "w.title ILIKE ? ESCAPE '\\'", f.text() == null ? null : "%" + escapeLike(f.text()) + "%");
        if (f.where() != null) {
            p.where(FilterSql.compile(f.where(), new FilterSql.Scope(p, workspaceId, f.me(), LocalDate.now(ZoneOffset.UTC))));
        }
        return p;
    }

    /** A page of sorted rows: the items, each one's cursor, and the next page's cursor (the last item's). */
    static Page<WorkItem> page(List<Sorted> rows, int limit) {
        List<Sorted> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        List<String> cursors = shown.stream().map(Sorted::cursor).toList();
        String next = rows.size() > limit ? cursors.get(limit - 1) : null;
        return new Page<>(shown.stream().map(Sorted::item).toList(), next, cursors);
    }

    /** A work item read with its position in the order. */
    record Sorted(WorkItem item, String cursor) {
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
