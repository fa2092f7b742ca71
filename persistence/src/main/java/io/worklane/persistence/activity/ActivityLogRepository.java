package io.worklane.persistence.activity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.ActivityLog;
import io.worklane.domain.activity.CycleTime;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.StatusDurations.StatusChange;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.PagesByParent;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The activity history: written with the change (one INSERT per change, in the use case's session),
 * read in keyset pages and batches on the pool. before/after travel as JSON text (ADR 0003).
 */
@ApplicationScoped
public class ActivityLogRepository implements ActivityLog {
    static final String SORT = "occurredAt";
    private static final int MANY = 50;
    private static final String COLUMNS = "id, workspace_id, work_item_id, occurred_at, actor_kind, actor_id,"
            + " actor_name, field, before::text AS before, after::text AS after";
    private static final PagesByParent<ActivityEntry> PAGES = new PagesByParent<>(COLUMNS, "FROM work_item_activity",
            "work_item_id", "occurred_at", "id", SORT, ActivityLogRepository::fromRow, ActivityEntry::workItemId,
            ActivityEntry::occurredAt, ActivityEntry::id);
    private final Sql sql;
    private final ActivityFigures figures;

    public ActivityLogRepository(Sql sql) {
        this.sql = sql;
        this.figures = new ActivityFigures(sql);
    }

    @Override
    public Uni<Void> record(List<ActivityEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // a few entries (one change) as bound values; many (an import's chunk) as one JSON array
        return Writes.inSession(s -> (entries.size() > MANY ? ActivityInsert.many(s, entries)
                : ActivityInsert.of(s, entries)).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Page<ActivityEntry>> list(UUID workspaceId, UUID workItemId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("work_item_id = ?", workItemId);
        Keyset.afterTimestamp(p, "occurred_at", page.after());
        return sql.list("SELECT " + COLUMNS + " FROM work_item_activity" + p.clause() + " ORDER BY occurred_at, id"
                        + " LIMIT " + (page.limit() + 1), p.tuple(), ActivityLogRepository::fromRow)
                .map(rows -> page(rows, page));
    }

    @Override
    public Uni<Map<UUID, Page<ActivityEntry>>> pages(UUID workspaceId, Collection<UUID> workItemIds,
                                                      PageRequest page) {
        return PAGES.load(sql, new Params().where("workspace_id = ?", workspaceId), workItemIds, page);
    }

    @Override
    public Uni<Boolean> wasDeleted(UUID workspaceId, UUID workItemId) {
        return sql.query("SELECT 1 FROM work_item_activity WHERE workspace_id = $1 AND work_item_id = $2"
                + " AND field = $3 LIMIT 1", Tuple.of(workspaceId, workItemId, ActivityEntry.DELETED))
                .map(rows -> rows.size() > 0);
    }

    @Override
    public Uni<Map<UUID, List<StatusChange>>> statusChanges(UUID workspaceId, Collection<UUID> workItemIds) {
        return figures.statusChanges(workspaceId, workItemIds);
    }

    @Override
    public Uni<Map<UUID, CycleTime>> cycleTimes(UUID workspaceId, Collection<UUID> projectIds,
                                                Collection<String> notStartedStates) {
        return figures.cycleTimes(workspaceId, projectIds, notStartedStates);
    }

    private static Page<ActivityEntry> page(List<ActivityEntry> rows, PageRequest page) {
        return Keyset.page(rows, page.limit(), SORT, e -> Keyset.timestampValue(e.occurredAt()), ActivityEntry::id);
    }

    private static ActivityEntry fromRow(Row r) {
        return new ActivityEntry(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("work_item_id"),
                Rows.instant(r, "occurred_at"), new Actor(Actor.Kind.valueOf(r.getString("actor_kind")),
                r.getString("actor_id"), r.getString("actor_name")), r.getString("field"),
                Json.value(r.getString("before")), Json.value(r.getString("after")));
    }
}
