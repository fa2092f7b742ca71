package io.worklane.persistence.activity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.CycleTime;
import io.worklane.domain.workflow.StatusDurations.StatusChange;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The figures computed from the history: status changes per item and cycle times per project. */
final class ActivityFigures {
    /**
     * Per completed item: seconds from its first status change out of a not-started state ($3), or from its
     * creation when it has none, to its completion; then count, mean and median per project, rounded half
     * away from zero (numeric: float8 rounding would be the platform's).
     */
    private static final String CYCLE_TIMES = "SELECT project_id, count(*) AS items, round(avg(seconds)::numeric)"
            + "::bigint AS average, round((percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds))::numeric)::bigint"
            + " AS median"
            + " FROM (SELECT w.project_id, greatest(0, extract(epoch FROM w.completed_at - coalesce("
            + "(SELECT min(a.occurred_at) FROM work_item_activity a WHERE a.workspace_id = w.workspace_id"
            + " AND a.work_item_id = w.id AND a.field = 'status' AND a.before #>> '{}' = ANY($3)),"
            + " w.created_at)))::float8 AS seconds FROM work_items w WHERE w.workspace_id = $1"
            + " AND w.project_id = ANY($2) AND w.completed_at IS NOT NULL) completed GROUP BY project_id";

    private final Sql sql;

    ActivityFigures(Sql sql) {
        this.sql = sql;
    }

    Uni<Map<UUID, List<StatusChange>>> statusChanges(UUID workspaceId, Collection<UUID> workItemIds) {
        return sql.query("SELECT work_item_id, occurred_at, before #>> '{}' AS from_state, after #>> '{}' AS to_state"
                        + " FROM work_item_activity WHERE workspace_id = $1 AND work_item_id = ANY($2) AND field = $3"
                        + " ORDER BY work_item_id, occurred_at, id",
                Tuple.of(workspaceId, workItemIds.toArray(UUID[]::new), ActivityEntry.STATUS)).map(rows -> {
                    Map<UUID, List<StatusChange>> changes = new LinkedHashMap<>();
                    workItemIds.forEach(id -> changes.put(id, new ArrayList<>()));
                    for (Row r : rows) {
                        changes.computeIfAbsent(r.getUUID("work_item_id"), id -> new ArrayList<>()).add(new StatusChange(
                                Rows.instant(r, "occurred_at"), r.getString("from_state"), r.getString("to_state")));
                    }
                    return changes;
                });
    }

    Uni<Map<UUID, CycleTime>> cycleTimes(UUID workspaceId, Collection<UUID> projectIds,
                                         Collection<String> notStartedStates) {
        return sql.query(CYCLE_TIMES, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new),
                notStartedStates.toArray(String[]::new))).map(rows -> {
                    Map<UUID, CycleTime> times = new LinkedHashMap<>();
                    projectIds.forEach(id -> times.put(id, CycleTime.NONE));
                    for (Row r : rows) {
                        times.put(r.getUUID("project_id"), new CycleTime(r.getLong("items"), r.getLong("average"),
                                r.getLong("median")));
                    }
                    return times;
                });
    }
}
