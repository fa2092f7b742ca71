package io.worklane.persistence.analytics;

import io.worklane.domain.analytics.FlowTimes;
import io.worklane.domain.analytics.Interval;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.workitem.StateCategorySql;
import io.worklane.persistence.workitem.WorkItemQuery;

/**
 * The statements of the dashboard series (docs/analytics.md has the formulas). Each is one statement
 * over the list's filtered items; days are UTC dates, a day ending at the next midnight UTC.
 */
final class FlowSql {
    /** When an item entered work: its first status change out of a not-started state ($n), else its creation. */
    private static final String STARTED = "coalesce((SELECT min(a.occurred_at) FROM work_item_activity a"
            + " WHERE a.work_item_id = w.id AND a.field = 'status' AND a.before #>> '{}' = ANY(%s)), w.created_at)";
    private static final String KEY = "p.key || '-' || w.number";

    private FlowSql() {
    }

    /** The range's days, each with its end ($from and $to are dates). */
    private static String days(Params p, java.time.LocalDate from, java.time.LocalDate to) {
        return "(SELECT g::date AS day, (g + interval '1 day') AT TIME ZONE 'UTC' AS day_end FROM generate_series("
                + p.add(from) + "::date::timestamp, " + p.add(to) + "::date::timestamp, interval '1 day') g)";
    }

    /** Completions per period; the first and last periods count only their days inside the range. */
    static String throughput(Params p, java.time.LocalDate from, java.time.LocalDate to, Interval per) {
        String unit = "'" + per.unit() + "'";
        String start = p.add(from);
        String end = p.add(to);
        String items = "SELECT date_trunc(" + unit + ", w.completed_at AT TIME ZONE 'UTC') AS period"
                + WorkItemQuery.FROM + p.clause() + " AND w.completed_at >= " + start + "::date::timestamp AT TIME ZONE 'UTC'"
                + " AND w.completed_at < (" + end + "::date + 1)::timestamp AT TIME ZONE 'UTC'";
        return "SELECT to_char(b.period, 'YYYY-MM-DD') AS start, count(c.period) AS n FROM generate_series(date_trunc("
                + unit + ", " + start + "::date::timestamp), " + end + "::date::timestamp, interval '1 " + per.unit()
                + "') b(period) LEFT JOIN (" + items + ") c ON c.period = b.period GROUP BY b.period ORDER BY b.period";
    }

    /**
     * Per day and state: the items created by the day's end, each in the state its last status change
     * before that end left it in. Read as changes of the counts rather than day by day (which read the
     * history once per item and day): an item counts in its current state from the day it was created,
     * and each status change from A to B made on day t says that, from the item's creation until t, it
     * was in A rather than B. Changes before the range cancel out before it starts, so only the range's
     * and later ones are read; a running sum per state gives each day's counts. The same answer as reading
     * the history day by day, as long as the history leads to the current status, which every write keeps.
     */
    static String cumulativeFlow(Params p, java.util.UUID workspaceId, java.time.LocalDate from,
                                 java.time.LocalDate to) {
        String first = p.add(from) + "::date";
        String last = p.add(to) + "::date";
        String created = "greatest((w.created_at AT TIME ZONE 'UTC')::date, " + first + ")";
        String items = WorkItemQuery.FROM + p.clause() + " AND w.created_at < (" + last + " + 1)::timestamp AT TIME ZONE 'UTC'";
        String since = "greatest((w0.created_at AT TIME ZONE 'UTC')::date, " + first + ")";
        // each change read once: from the item's creation (or the range's start) until the change, the item was
        // in `before` rather than `after`
        String changes = "SELECT " + since + " AS since, (a.occurred_at AT TIME ZONE 'UTC')::date AS changed,"
                + " a.before #>> '{}' AS before, a.after #>> '{}' AS after FROM work_item_activity a"
                + " JOIN (SELECT w.id, w.created_at" + items + ") w0 ON w0.id = a.work_item_id"
                + " WHERE a.workspace_id = " + p.add(workspaceId) + " AND a.field = 'status' AND a.occurred_at >= "
                + first + "::timestamp AT TIME ZONE 'UTC'";
        String deltas = "SELECT " + created + " AS day, w.status AS state, count(*) AS delta" + items + " GROUP BY 1, 2"
                + " UNION ALL SELECT x.day, x.state, sum(x.delta) FROM (" + changes + ") c CROSS JOIN LATERAL (VALUES"
                + " (c.since, c.before, 1), (c.since, c.after, -1), (c.changed, c.before, -1), (c.changed, c.after, 1))"
                + " x(day, state, delta) WHERE c.changed > c.since AND x.day <= " + last + " GROUP BY 1, 2";
        return runningCounts("SELECT day, state, sum(delta) AS delta FROM (" + deltas + ") d GROUP BY day, state",
                first, last);
    }

    /**
     * The counts per day and state from {@code first} to {@code last} (SQL dates), given the changes of the counts
     * per (day, state), days before the range moved to its first: a running sum per state, zeros left out.
     */
    static String runningCounts(String deltas, String first, String last) {
        return "WITH deltas AS (" + deltas + "),"
                + " grid AS (SELECT g::date AS day, s.state, coalesce(x.delta, 0) AS delta FROM generate_series("
                + first + "::timestamp, " + last + "::timestamp, interval '1 day') g"
                + " CROSS JOIN (SELECT DISTINCT state FROM deltas) s LEFT JOIN deltas x ON x.day = g::date AND x.state = s.state)"
                + " SELECT to_char(day, 'YYYY-MM-DD') AS day, state, n FROM (SELECT day, state, sum(delta) OVER"
                + " (PARTITION BY state ORDER BY day) AS n FROM grid) c WHERE n > 0 ORDER BY day, state";
    }

    /**
     * The items completed in the range with their lead and cycle seconds, and the nearest-rank
     * percentiles of both over all of them, repeated on every row (one row with no point when none).
     */
    static String flowTimes(Params p, java.time.LocalDate from, java.time.LocalDate to, String[] notStarted) {
        String started = STARTED.formatted(p.add(notStarted));
        String points = "SELECT w.id, " + KEY + " AS key, w.created_at, " + started + " AS started_at, w.completed_at"
                + WorkItemQuery.FROM + p.clause() + " AND w.completed_at >= " + p.add(from)
                + "::date::timestamp AT TIME ZONE 'UTC' AND w.completed_at < (" + p.add(to)
                + "::date + 1)::timestamp AT TIME ZONE 'UTC'";
        String seconds = "SELECT pts.*, greatest(0, floor(extract(epoch FROM completed_at - created_at)))::bigint AS lead,"
                + " greatest(0, floor(extract(epoch FROM completed_at - started_at)))::bigint AS cycle FROM pts";
        return "WITH pts AS (" + points + "), secs AS (" + seconds + "), pct AS (SELECT count(*) AS n,"
                + " percentile_disc(ARRAY[0.5, 0.85, 0.95]) WITHIN GROUP (ORDER BY lead) AS lead_p,"
                + " percentile_disc(ARRAY[0.5, 0.85, 0.95]) WITHIN GROUP (ORDER BY cycle) AS cycle_p FROM secs)"
                + " SELECT pct.*, s.* FROM pct LEFT JOIN LATERAL (SELECT * FROM secs ORDER BY completed_at, id LIMIT "
                + (FlowTimes.MAX_POINTS + 1) + ") s ON true";
    }

    /** Per day: the scope (items, or minutes of estimate, created by its end) and what was completed by then. */
    static String burn(Params p, java.time.LocalDate from, java.time.LocalDate to, boolean byEstimate) {
        String measure = byEstimate ? "coalesce(i.estimate_minutes, 0)" : "1";
        String items = "SELECT w.created_at, w.completed_at, w.estimate_minutes" + WorkItemQuery.FROM + p.clause();
        return "SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(sum(" + measure + "), 0)::bigint AS scope,"
                + " coalesce(sum(" + measure + ") FILTER (WHERE i.completed_at < d.day_end), 0)::bigint AS completed"
                + " FROM " + days(p, from, to) + " d LEFT JOIN (" + items + ") i ON i.created_at < d.day_end"
                + " GROUP BY d.day ORDER BY d.day";
    }

    /** Items now in an IN_PROGRESS state, longest in progress first. */
    static String ageing(Params p, String[] notStarted, int limit) {
        String started = STARTED.formatted(p.add(notStarted));
        p.where(StateCategorySql.in(p, "$1", "IN_PROGRESS")); // $1: the workspace (WorkItemQuery.where)
        return "SELECT w.id, " + KEY + " AS key, w.status, " + started + " AS started_at" + WorkItemQuery.FROM
                + p.clause() + " ORDER BY started_at, w.id LIMIT " + limit;
    }

    /** Open items due before today ($today), in one pass with a count per lateness. */
    static String overdue(Params p, java.time.LocalDate today) {
        String day = p.add(today) + "::date";
        p.where("w.due_date < " + day + " AND NOT " + StateCategorySql.in(p, "$1", "DONE", "CANCELLED"));
        return "SELECT count(*) AS n, count(*) FILTER (WHERE " + day + " - w.due_date <= 7) AS week,"
                + " count(*) FILTER (WHERE " + day + " - w.due_date BETWEEN 8 AND 30) AS month,"
                + " count(*) FILTER (WHERE " + day + " - w.due_date > 30) AS more,"
                + " coalesce(sum(w.estimate_minutes), 0)::bigint AS estimate" + WorkItemQuery.FROM + p.clause();
    }
}
