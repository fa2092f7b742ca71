package io.worklane.persistence.workitem;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.util.List;
import java.util.UUID;

/** Work item ↔ entity and row → work item. The project key comes from a join (rows) or the caller (entities). */
final class WorkItemMapping {
    static final String COLUMNS = "w.id, w.workspace_id, w.project_id, p.key AS project_key, w.number, w.type, "
            + "w.title, w.description, w.status, w.priority, w.assignee_ids::text AS assignee_ids, w.reporter_id, "
            + "w.parent_id, w.start_date, w.due_date, w.estimate_minutes, w.labels::text AS labels, "
            + "w.custom_fields::text AS custom_fields, w.version, w.created_at, w.updated_at, w.completed_at, w.phase_id, "
            + "w.start_no_earlier_than, w.finish_no_later_than, w.team_id";
    static final String FROM = " FROM work_items w JOIN projects p ON p.id = w.project_id";

    private WorkItemMapping() {
    }

    /**
     * Read by position, in the order of {@link #COLUMNS} (every query selects them first): a lookup by
     * name lower-cases and hashes the name for each column of each row, a tenth of a 10,000-row read.
     */
    static WorkItem fromRow(Row r) {
        return new WorkItem(r.getUUID(0), r.getUUID(1), r.getUUID(2), r.getString(3), r.getLong(4),
                WorkItemType.valueOf(r.getString(5)), r.getString(6), r.getString(7), r.getString(8),
                Priority.valueOf(r.getString(9)), uuids(Json.stringList(r.getString(10))), r.getUUID(11),
                r.getUUID(12), r.getLocalDate(13), r.getLocalDate(14), r.getLong(15), Json.stringList(r.getString(16)),
                Json.map(r.getString(17)), r.getLong(18), Rows.instant(r, 19), Rows.instant(r, 20),
                Rows.instant(r, 21), r.getUUID(22), r.getLocalDate(23), r.getLocalDate(24), r.getUUID(25));
    }

    static WorkItem fromEntity(WorkItemEntity e, String projectKey) {
        return new WorkItem(e.id, e.workspaceId, e.projectId, projectKey, e.number, WorkItemType.valueOf(e.type),
                e.title, e.description, e.status, Priority.valueOf(e.priority), uuids(Json.stringList(e.assigneeIds)), e.reporterId,
                e.parentId, e.startDate, e.dueDate, e.estimateMinutes, Json.stringList(e.labels),
                Json.map(e.customFields), e.version, e.createdAt, e.updatedAt, e.completedAt, e.phaseId,
                e.startNoEarlierThan, e.finishNoLaterThan, e.teamId);
    }

    static WorkItemEntity copy(WorkItem w, WorkItemEntity e) {
        e.id = w.id();
        e.workspaceId = w.workspaceId();
        e.projectId = w.projectId();
        e.number = w.number();
        e.type = w.type().name();
        e.title = w.title();
        e.description = w.description();
        e.status = w.status();
        e.priority = w.priority().name();
        e.assigneeIds = Json.write(w.assigneeIds().stream().map(UUID::toString).toList());
        e.reporterId = w.reporterId();
        e.parentId = w.parentId();
        e.startDate = w.startDate();
        e.dueDate = w.dueDate();
        e.estimateMinutes = w.estimateMinutes();
        e.labels = Json.write(w.labels());
        e.customFields = Json.write(w.customFields());
        e.createdAt = w.createdAt();
        e.updatedAt = w.updatedAt();
        e.completedAt = w.completedAt();
        e.phaseId = w.phaseId();
        e.startNoEarlierThan = w.startNoEarlierThan();
        e.finishNoLaterThan = w.finishNoLaterThan();
        e.teamId = w.teamId();
        return e;
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids.stream().map(UUID::fromString).toList();
    }
}
