package io.worklane.persistence.analytics;

import io.worklane.domain.analytics.AggregateQuery;
import io.worklane.domain.analytics.AggregateResult;
import io.worklane.domain.analytics.Dimension;
import io.worklane.domain.analytics.Metric;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.persistence.shared.Params;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Aggregates and cumulative flow read from the counts the writes keep (V82, ADR 0080) when the question allows:
 * all of a workspace's (or a project's) items, grouped by status, assignee or project, counted or summed. The
 * answer is the live statements' to the row (RollupsMatchLiveTest); anything else is asked of the items.
 */
final class RollupSql {
    private static final Map<String, String> COLUMNS = Map.of("status", "t.status", "assignee", "t.assignee",
            "project", "p.key");
    /** The figures the tallies keep besides counts: min and max cannot be kept as deltas. */
    private static final List<String> KEPT = List.of("sum", "avg");

    private RollupSql() {
    }

    /** Whether the flow is a whole workspace's: nothing narrows it. */
    static boolean servesFlow(WorkItemFilter filter) {
        return filter.narrowsOnlyByProject() && filter.projectId() == null;
    }

    static boolean serves(WorkItemFilter filter, AggregateQuery query) {
        return filter.narrowsOnlyByProject()
                && query.groupBy().stream().allMatch(d -> !d.isDate() && COLUMNS.containsKey(d.field()))
                && query.metrics().stream().allMatch(m -> m.field() == null || KEPT.contains(m.function()));
    }

    static String aggregate(AggregateQuery query, Params p) {
        List<String> selected = new ArrayList<>();
        query.groupBy().forEach(d -> selected.add(COLUMNS.get(d.field())));
        int keys = selected.size();
        query.metrics().forEach(m -> selected.add(metric(m)));
        boolean byAssignee = query.groupBy().stream().anyMatch(d -> d.field().equals("assignee"));
        p.where("t.by_assignee = " + byAssignee);
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            positions.add(String.valueOf(i));
        }
        String grouping = keys == 0 ? "" : " GROUP BY " + String.join(", ", positions) + " HAVING sum(t.items) <> 0"
                + " ORDER BY " + String.join(" NULLS LAST, ", positions) + " NULLS LAST";
        return "SELECT " + String.join(", ", selected) + " FROM work_item_tallies t JOIN projects p ON p.id = t.project_id"
                + p.clause() + grouping + " LIMIT " + (AggregateResult.MAX_GROUPS + 1);
    }

    /** The tallies' filter: the workspace, and the project when there is one. */
    static Params where(UUID workspaceId, WorkItemFilter filter) {
        Params p = new Params().where("t.workspace_id = ?", workspaceId);
        return p.whereIf(filter.projectId() != null, "t.project_id = ?", filter.projectId());
    }

    /** The live aggregate's figures from the tallies: a sum of counts, a sum of sums, an average of their ratio. */
    private static String metric(Metric m) {
        if (m.field() == null) {
            return "coalesce(sum(t.items), 0)::bigint";
        }
        return m.function().equals("sum") ? "coalesce(sum(t.estimate_sum), 0)::bigint"
                : "round(sum(t.estimate_sum)::numeric / nullif(sum(t.estimated), 0), 2)::float8";
    }

    /** Per day and state from $from to $to, the running sum of the kept deltas (those before $from start it). */
    static String cumulativeFlow(Params p, UUID workspaceId, LocalDate from, LocalDate to) {
        String first = p.add(from) + "::date";
        String last = p.add(to) + "::date";
        String deltas = "SELECT greatest(f.day, " + first + ") AS day, f.state, sum(f.delta) AS delta FROM work_item_flow f"
                + " WHERE f.workspace_id = " + p.add(workspaceId) + " AND f.day <= " + last + " GROUP BY 1, 2";
        return FlowSql.runningCounts(deltas, first, last);
    }
}
