package io.worklane.persistence.analytics;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.analytics.AggregateQuery;
import io.worklane.domain.analytics.AggregateResult;
import io.worklane.domain.analytics.Analytics;
import io.worklane.domain.analytics.AnalyticsRange;
import io.worklane.domain.analytics.FlowTimes;
import io.worklane.domain.analytics.Interval;
import io.worklane.domain.analytics.Metric;
import io.worklane.domain.analytics.Series;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.workitem.WorkItemQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Aggregates and dashboard series: one statement each, on the pool (reads), filtered as lists are. A whole
 * workspace's aggregate by status, assignee or project and its cumulative flow read the counts the writes keep
 * (RollupSql); the rest read the items.
 */
@ApplicationScoped
public class AnalyticsRepository implements Analytics {
    public static final int MAX_AGEING = 500;
    private final Sql sql;

    public AnalyticsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<AggregateResult> aggregate(UUID workspaceId, WorkItemFilter filter, AggregateQuery query) {
        boolean kept = RollupSql.serves(filter, query);
        Params p = kept ? RollupSql.where(workspaceId, filter) : WorkItemQuery.where(workspaceId, filter);
        String statement = kept ? RollupSql.aggregate(query, p) : AggregateSql.of(query, p);
        int keys = query.groupBy().size();
        return sql.list(statement, p.tuple(), r -> group(r, keys, query.metrics())).map(groups -> new AggregateResult(
                query.groupBy().stream().map(d -> d.text()).toList(), query.metrics().stream().map(Metric::text).toList(),
                groups.size() > AggregateResult.MAX_GROUPS ? groups.subList(0, AggregateResult.MAX_GROUPS) : groups,
                groups.size() > AggregateResult.MAX_GROUPS));
    }

    private static AggregateResult.Group group(Row r, int keys, List<Metric> metrics) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            values.add(r.getValue(i) == null ? null : String.valueOf(r.getValue(i)));
        }
        List<Number> figures = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            boolean average = "avg".equals(metrics.get(i).function());
            // cast each to Number: a ternary of Double and Long would unbox a null min, max or avg
            figures.add(average ? (Number) r.getDouble(keys + i) : (Number) r.getLong(keys + i));
        }
        return new AggregateResult.Group(values, figures);
    }

    @Override
    public Uni<List<Series.Bucket>> throughput(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range,
                                               Interval per) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        return sql.list(FlowSql.throughput(p, range.from(), range.to(), per), p.tuple(),
                r -> new Series.Bucket(LocalDate.parse(r.getString("start")), r.getLong("n")));
    }

    @Override
    public Uni<List<Series.StateCount>> cumulativeFlow(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range) {
        boolean kept = RollupSql.servesFlow(filter);
        Params p = kept ? new Params() : WorkItemQuery.where(workspaceId, filter);
        String statement = kept ? RollupSql.cumulativeFlow(p, workspaceId, range.from(), range.to())
                : FlowSql.cumulativeFlow(p, workspaceId, range.from(), range.to());
        return sql.list(statement, p.tuple(),
                r -> new Series.StateCount(LocalDate.parse(r.getString("day")), r.getString("state"), r.getLong("n")));
    }

    @Override
    public Uni<FlowTimes> flowTimes(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range,
                                    Collection<String> notStartedStates) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        String statement = FlowSql.flowTimes(p, range.from(), range.to(), notStartedStates.toArray(String[]::new));
        return sql.query(statement, p.tuple()).map(rows -> {
            List<FlowTimes.Point> points = new ArrayList<>();
            Row first = null;
            for (Row r : rows) {
                first = first == null ? r : first;
                if (r.getUUID("id") != null) {
                    points.add(new FlowTimes.Point(r.getUUID("id"), r.getString("key"), Rows.instant(r, "created_at"),
                            Rows.instant(r, "started_at"), Rows.instant(r, "completed_at"), r.getLong("lead"),
                            r.getLong("cycle")));
                }
            }
            boolean truncated = points.size() > FlowTimes.MAX_POINTS;
            return new FlowTimes(first.getLong("n"), percentiles(first, "lead_p"), percentiles(first, "cycle_p"),
                    truncated ? points.subList(0, FlowTimes.MAX_POINTS) : points, truncated);
        });
    }

    private static FlowTimes.Percentiles percentiles(Row r, String column) {
        Long[] values = r.getArrayOfLongs(column);
        return values == null ? FlowTimes.Percentiles.NONE : new FlowTimes.Percentiles(values[0], values[1], values[2]);
    }

    @Override
    public Uni<List<Series.BurnDay>> burn(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range,
                                          boolean byEstimate) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        return sql.list(FlowSql.burn(p, range.from(), range.to(), byEstimate), p.tuple(), r -> new Series.BurnDay(
                LocalDate.parse(r.getString("day")), r.getLong("scope"), r.getLong("completed"),
                r.getLong("scope") - r.getLong("completed")));
    }

    @Override
    public Uni<List<FlowTimes.Ageing>> ageing(UUID workspaceId, WorkItemFilter filter,
                                              Collection<String> notStartedStates, Instant now) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        return sql.list(FlowSql.ageing(p, notStartedStates.toArray(String[]::new), MAX_AGEING), p.tuple(), r -> {
            Instant started = Rows.instant(r, "started_at");
            return new FlowTimes.Ageing(r.getUUID("id"), r.getString("key"), r.getString("status"), started,
                    Math.max(0, java.time.Duration.between(started, now).getSeconds()));
        });
    }

    @Override
    public Uni<Series.Overdue> overdue(UUID workspaceId, WorkItemFilter filter, LocalDate today) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        return sql.list(FlowSql.overdue(p, today), p.tuple(), r -> new Series.Overdue(today, r.getLong("n"),
                r.getLong("week"), r.getLong("month"), r.getLong("more"), r.getLong("estimate"))).map(rows -> rows.get(0));
    }
}
