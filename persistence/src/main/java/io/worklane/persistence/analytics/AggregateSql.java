package io.worklane.persistence.analytics;

import io.worklane.domain.analytics.AggregateQuery;
import io.worklane.domain.analytics.Dimension;
import io.worklane.domain.analytics.Metric;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.workitem.WorkItemQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an aggregate as one GROUP BY over the list's filtered items. Every expression comes from the
 * fixed tables below (never from input); assignees and labels are unnested by a lateral join only when
 * grouped by, so each item counts once per group it falls in.
 */
final class AggregateSql {
    private static final Map<String, String> COLUMNS = Map.of(
            "status", "w.status",
            "statusCategory", "work_item_state_category(w.project_id, w.type, w.status)",
            "priority", "w.priority",
            "type", "w.type",
            "project", "p.key",
            "phase", "w.phase_id::text",
            "assignee", "assignee.id",
            "reporter", "w.reporter_id::text",
            "label", "label.name",
            "parent", "w.parent_id::text");
    private static final Map<String, String> LATERALS = Map.of(
            "assignee", " LEFT JOIN LATERAL jsonb_array_elements_text(w.assignee_ids) assignee(id) ON true",
            "label", " LEFT JOIN LATERAL jsonb_array_elements_text(w.labels) label(name) ON true");
    /** Timestamps bucket by their UTC date; dates as they are. */
    private static final Map<String, String> DATES = Map.of(
            "createdAt", "w.created_at AT TIME ZONE 'UTC'",
            "updatedAt", "w.updated_at AT TIME ZONE 'UTC'",
            "completedAt", "w.completed_at AT TIME ZONE 'UTC'",
            "startDate", "w.start_date::timestamp",
            "dueDate", "w.due_date::timestamp");
    private static final Map<String, String> FIELDS = Map.of("estimateMinutes", "w.estimate_minutes");

    private AggregateSql() {
    }

    static String of(AggregateQuery query, Params p) {
        List<String> selected = new ArrayList<>();
        StringBuilder joins = new StringBuilder();
        for (Dimension d : query.groupBy()) {
            selected.add(dimension(d));
            joins.append(LATERALS.getOrDefault(d.field(), ""));
        }
        int keys = selected.size();
        query.metrics().forEach(m -> selected.add(metric(m)));
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            positions.add(i + " NULLS LAST");
        }
        String grouping = keys == 0 ? "" : " GROUP BY " + String.join(", ", positions).replace(" NULLS LAST", "")
                + " ORDER BY " + String.join(", ", positions);
        return "SELECT " + String.join(", ", selected) + WorkItemQuery.FROM + joins + p.clause() + grouping
                + " LIMIT " + (io.worklane.domain.analytics.AggregateResult.MAX_GROUPS + 1);
    }

    private static String dimension(Dimension d) {
        if (d.isDate()) {
            return "to_char(date_trunc('" + d.interval().unit() + "', " + DATES.get(d.field()) + "), 'YYYY-MM-DD')";
        }
        return COLUMNS.get(d.field());
    }

    /**
     * Sums are bigint (not numeric) and averages float8 with two decimals, so rows read as plain numbers.
     * min, max and avg of a group without any value are null (there is none); a sum is then 0.
     */
    private static String metric(Metric m) {
        if (m.field() == null) {
            return "count(*)";
        }
        String column = FIELDS.get(m.field());
        return switch (m.function()) {
            case "sum" -> "coalesce(sum(" + column + "), 0)::bigint"; // a group without estimates sums to 0
            case "avg" -> "round(avg(" + column + "), 2)::float8";
            default -> m.function() + "(" + column + ")";
        };
    }
}
