package io.worklane.persistence.webhook;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.webhook.OutboxEvent;
import io.worklane.persistence.shared.Rows;

/**
 * Events read for delivery, with the project each belongs to: a project's own events name it as their
 * subject, work item events carry {@code projectId}, comment events the item's id. Ids are checked as
 * UUIDs before the cast, so a custom event's odd data cannot fail the query.
 */
final class OutboxEventRows {
    private static final String UUID_TEXT = "'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'";
    /** $1 workspace, $2 after seq, $3 through seq, $4 limit. */
    static final String SELECT = "SELECT e.id, e.workspace_id, e.seq, e.type, e.subject_id, e.occurred_at,"
            + " e.data::text AS data, e.previous::text AS previous,"
            + " CASE WHEN e.type LIKE 'project.%' THEN e.subject_id"
            + " WHEN e.data->>'projectId' ~ " + UUID_TEXT + " THEN (e.data->>'projectId')::uuid"
            + " WHEN e.data->>'workItemId' ~ " + UUID_TEXT + " THEN (SELECT wi.project_id FROM work_items wi"
            + " WHERE wi.id = (e.data->>'workItemId')::uuid) END AS project_id"
            + " FROM events e WHERE e.workspace_id = $1 AND e.seq > $2 AND e.seq <= $3 ORDER BY e.seq LIMIT $4";

    private OutboxEventRows() {
    }

    static OutboxEvent fromRow(Row r) {
        return new OutboxEvent(r.getUUID("id"), r.getUUID("workspace_id"), r.getLong("seq"), r.getString("type"),
                r.getUUID("subject_id"), r.getUUID("project_id"), Rows.instant(r, "occurred_at"),
                r.getString("data"), r.getString("previous"),
                EventItems.of(r.getString("type"), r.getUUID("workspace_id"), r.getString("data")));
    }
}
