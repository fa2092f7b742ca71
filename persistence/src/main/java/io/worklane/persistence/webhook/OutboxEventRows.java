package io.worklane.persistence.webhook;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.event.ProjectLists;
import io.worklane.domain.webhook.OutboxEvent;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.persistence.project.ProjectMembersRepository;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Events read for delivery to one subscription, with the project each belongs to, attributed as the change feed
 * does (EventSight, ADR 0084): the data's {@code projectId} (or {@code sourceProjectId}, {@code project.id}), a
 * project's own events their subject, else the project of the work item the event is about (a deleted one's from
 * its tombstone). Each row says whether
 * that project is PRIVATE (or was, when deleted) and not granted to the subscription (ADR 0085), in the same
 * statement: no statement per
 * event. Ids are checked as UUIDs before the cast, so a custom event's odd data cannot fail the query.
 */
final class OutboxEventRows {
    private static final String UUID_TEXT = "'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'";
    private static final String ITEM = "COALESCE(CASE WHEN e.type LIKE 'work_item.%' THEN e.subject_id END, "
            + uuid("e.data->>'workItemId'") + ", " + uuid("e.data#>>'{predecessor,id}'") + ", "
            + uuid("e.data#>>'{successor,id}'") + ", " + uuid("e.data#>>'{source,id}'") + ", "
            + uuid("e.data#>>'{target,id}'") + ")";
    private static final String PROJECT = "COALESCE(" + uuid("e.data->>'projectId'") + ", "
            + uuid("e.data->>'sourceProjectId'") + ", " + uuid("e.data#>>'{project,id}'") + ","
            + " CASE WHEN e.type IN ('project.created', 'project.updated', 'project.deleted') THEN e.subject_id END,"
            + " (SELECT wi.project_id FROM work_items wi WHERE wi.id = " + ITEM + "),"
            + " (SELECT d.project_id FROM deleted_work_items d WHERE d.id = " + ITEM + "))";
    /** $1 workspace, $2 after seq, $3 through seq, $4 limit, $5 the private projects granted to the subscription. */
    static final String SELECT = "WITH hidden AS (SELECT COALESCE(array_agg(p.id), '{}') AS ids FROM"
            + " (" + ProjectMembersRepository.PRIVATE_PROJECTS + ") p WHERE p.id <> ALL($5::uuid[])),"
            + " ev AS (SELECT e.id, e.workspace_id, e.seq, e.type, e.subject_id, e.occurred_at,"
            + " e.data::text AS data, e.previous::text AS previous, " + PROJECT + " AS project_id"
            + " FROM events e WHERE e.workspace_id = $1 AND e.seq > $2 AND e.seq <= $3 ORDER BY e.seq LIMIT $4)"
            + " SELECT ev.*, hidden.ids AS hidden_ids, COALESCE(ev.project_id = ANY(hidden.ids), false) AS hidden"
            + " FROM ev, hidden ORDER BY ev.seq";

    private OutboxEventRows() {
    }

    static Tuple params(WebhookSubscription s, long afterSeq, long throughSeq, int limit) {
        return Tuple.of(s.workspaceId(), afterSeq, throughSeq, limit)
                .addValue(s.privateProjects().toArray(UUID[]::new));
    }

    /** The last seq read (the cursor moves past hidden events too), or {@code none} when nothing was read. */
    static long lastSeq(RowSet<Row> rows, long none) {
        long last = none;
        for (Row r : rows) {
            last = r.getLong("seq");
        }
        return last;
    }

    /** The events the subscription may receive: hidden projects' left out, their ids stripped from portfolio/goal events. */
    static List<OutboxEvent> visible(RowSet<Row> rows) {
        List<OutboxEvent> events = new ArrayList<>();
        Set<UUID> hidden = null; // the same on every row: read once
        for (Row r : rows) {
            if (hidden == null) {
                hidden = Set.copyOf(Arrays.asList(r.getArrayOfUUIDs("hidden_ids")));
            }
            if (!r.getBoolean("hidden")) {
                events.add(fromRow(r, hidden));
            }
        }
        return events;
    }

    private static OutboxEvent fromRow(Row r, Set<UUID> hidden) {
        String type = r.getString("type");
        // an event that lists projects (a portfolio's, a goal's) stays, without the hidden ones' ids (ProjectLists)
        String list = hidden.isEmpty() ? null : ProjectLists.of(type);
        String data = stripped(r.getString("data"), hidden, list);
        String previous = stripped(r.getString("previous"), hidden, list);
        return new OutboxEvent(r.getUUID("id"), r.getUUID("workspace_id"), r.getLong("seq"), type,
                r.getUUID("subject_id"), r.getUUID("project_id"), Rows.instant(r, "occurred_at"), data, previous,
                EventItems.of(type, r.getUUID("workspace_id"), r.getString("data")));
    }

    private static String stripped(String json, Set<UUID> hidden, String list) {
        if (json == null || list == null) {
            return json;
        }
        Map<String, Object> data = Json.map(json);
        Map<String, Object> kept = ProjectLists.without(data, list, hidden::contains);
        return kept == data ? json : Json.write(kept);
    }

    private static String uuid(String text) {
        return "CASE WHEN " + text + " ~ " + UUID_TEXT + " THEN (" + text + ")::uuid END";
    }
}
