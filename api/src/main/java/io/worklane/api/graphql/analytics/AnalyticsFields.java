package io.worklane.api.graphql.analytics;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.analytics.AggregateService;
import io.worklane.api.application.analytics.DashboardService;
import io.worklane.api.graphql.workitem.WorkItemFilter;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.analytics.Interval;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Workspace.workItemAggregate and Workspace.analytics with its series: the same use cases and refusals as
 * REST; the aggregate and each series are one statement.
 */
@GraphQLApi
@Authenticated
public class AnalyticsFields {
    private final AggregateService aggregates;
    private final DashboardService dashboards;
    private final CurrentCaller caller;

    public AnalyticsFields(AggregateService aggregates, DashboardService dashboards, CurrentCaller caller) {
        this.aggregates = aggregates;
        this.dashboards = dashboards;
        this.caller = caller;
    }

    @NonNull
    @Name("workItemAggregate")
    @Description("The items the filter (and view) select, grouped by up to two dimensions (e.g. status, assignee, "
            + "createdAt:week) with metrics (count, sum|avg|min|max:estimateMinutes) per group; one GROUP BY "
            + "statement. INVALID_GROUP_BY, INVALID_METRIC or INVALID_FILTER name what is allowed (docs/analytics.md). "
            + "Needs work_items:read.")
    public Uni<AnalyticsTypes.Aggregate> workItemAggregate(@Source Workspace workspace,
            @Name("filter") @Description("The items to count, as workItems(filter:) takes it.") WorkItemFilter filter,
            @Name("view") @Id @Description("A saved view whose filter is ANDed with filter.") String view,
            @Name("groupBy") @Description("At most two dimensions.") List<String> groupBy,
            @Name("metrics") @Description("Default: count.") List<String> metrics) {
        return Uni.createFrom().deferred(() -> aggregates.aggregate(caller.get(), workspace.domain(),
                new AggregateService.Request(WorkItemFilter.criteriaOf(filter), view, joined(groupBy), joined(metrics),
                        "groupBy", "metrics"))).map(AnalyticsTypes.Aggregate::of);
    }

    @NonNull
    @Name("analytics")
    @Description("Dashboard series (throughput, cumulative flow, flow times, burn chart, ageing work, overdue) over "
            + "the items the filter (and view) select and the days from..to (UTC; default the last 30 days, at most "
            + "366: INVALID_DATE_RANGE). Needs work_items:read.")
    public Uni<Analytics> analytics(@Source Workspace workspace, @Name("from") LocalDate from,
            @Name("to") LocalDate to, @Name("filter") WorkItemFilter filter, @Name("view") @Id String view) {
        return Uni.createFrom().deferred(() -> dashboards.scope(caller.get(), workspace.domain(),
                WorkItemFilter.criteriaOf(filter), view, from, to)).map(Analytics::new);
    }

    @NonNull
    @Description("Items completed per period (every period of the range, 0 when none).")
    public Uni<List<AnalyticsTypes.@NonNull Bucket>> throughput(@Source Analytics analytics,
            @Name("period") @DefaultValue("WEEK") AnalyticsPeriod period) {
        Interval per = Interval.valueOf((period == null ? AnalyticsPeriod.WEEK : period).name());
        return dashboards.throughput(analytics.scoped(), per).map(AnalyticsTypes.Bucket::of);
    }

    @NonNull
    @Description("Items per state at the end of each day, from the status history (states with none left out).")
    public Uni<List<AnalyticsTypes.@NonNull StateCount>> cumulativeFlow(@Source Analytics analytics) {
        return dashboards.cumulativeFlow(analytics.scoped()).map(AnalyticsTypes.StateCount::of);
    }

    @NonNull
    @Description("Lead and cycle time percentiles of the items completed in the range, with their points.")
    public Uni<AnalyticsTypes.Times> flowTimes(@Source Analytics analytics) {
        return dashboards.flowTimes(analytics.scoped()).map(AnalyticsTypes.Times::of);
    }

    @NonNull
    @Description("Per day: scope, completed and remaining (burnup and burndown).")
    public Uni<List<AnalyticsTypes.@NonNull BurnDay>> burn(@Source Analytics analytics,
            @Name("measure") @DefaultValue("COUNT") BurnMeasure measure) {
        return dashboards.burn(analytics.scoped(), measure == BurnMeasure.ESTIMATE).map(AnalyticsTypes.BurnDay::of);
    }

    @NonNull
    @Description("Items now in progress, longest in progress first (at most 500); the range does not apply.")
    public Uni<List<AnalyticsTypes.@NonNull AgeingItem>> ageingWork(@Source Analytics analytics) {
        return dashboards.ageing(analytics.scoped()).map(AnalyticsTypes.AgeingItem::of);
    }

    @NonNull
    @Description("Open items due before today (UTC); the range does not apply.")
    public Uni<AnalyticsTypes.Overdue> overdue(@Source Analytics analytics) {
        return dashboards.overdue(analytics.scoped()).map(AnalyticsTypes.Overdue::of);
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join(",", values.stream().filter(v -> v != null).toList());
    }
}
