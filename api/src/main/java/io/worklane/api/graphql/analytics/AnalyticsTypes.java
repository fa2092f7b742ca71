package io.worklane.api.graphql.analytics;

import io.worklane.domain.analytics.AggregateResult;
import io.worklane.domain.analytics.FlowTimes;
import io.worklane.domain.analytics.Series;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of aggregates and dashboard series, as REST's (docs/analytics.md). */
public final class AnalyticsTypes {
    private AnalyticsTypes() {
    }

    /** GraphQL's Int: a count or a number of seconds beyond 68 years is clamped. */
    static int asInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    static Integer asInteger(Long value) {
        return value == null ? null : asInt(value);
    }

    @Type("WorkItemAggregate")
    @Description("Work items grouped by up to two dimensions, with a value per metric in each group.")
    public record Aggregate(@NonNull @Description("The dimensions, as asked.") List<@NonNull String> groupBy,
                            @NonNull @Description("The metrics, as asked (count when none was).") List<@NonNull String> metrics,
                            @NonNull @Description("The groups in key order, nulls last.") List<@NonNull Group> groups,
                            @Description("More than 2,000 groups exist; these are the first.") boolean truncated) {
        static Aggregate of(AggregateResult r) {
            return new Aggregate(r.groupBy(), r.metrics(), r.groups().stream().map(g -> new Group(g.keys(),
                    g.values().stream().map(v -> v == null ? null : v.doubleValue()).toList())).toList(), r.truncated());
        }
    }

    @Type("AggregateGroup")
    @Description("One group: a key per dimension (null: no value; a date bucket as its first day) and a value per metric.")
    public record Group(@NonNull @Description("One key per dimension.") List<String> keys,
                       @NonNull @Description("One value per metric; null when no item of the group has the field.")
                       List<Double> values) {
    }

    @Type("ThroughputBucket")
    @Description("Items completed in a period.")
    public record Bucket(@NonNull @Description("The first day of the period.") LocalDate start,
                         @Description("Items completed in it (within the range).") int count) {
        static List<Bucket> of(List<Series.Bucket> buckets) {
            return buckets.stream().map(b -> new Bucket(b.start(), asInt(b.count()))).toList();
        }
    }

    @Type("FlowState")
    @Description("How many items were in a state at the end of a day (midnight UTC).")
    public record StateCount(@NonNull @Description("The day.") LocalDate date,
                             @NonNull @Description("The state's key.") String status,
                             @Description("The items in it.") int count) {
        static List<StateCount> of(List<Series.StateCount> rows) {
            return rows.stream().map(r -> new StateCount(r.date(), r.status(), asInt(r.count()))).toList();
        }
    }

    @Type("TimePercentiles")
    @Description("Nearest-rank percentiles in seconds; null when no item was completed.")
    public record Percentiles(@Description("Half the items took at most this.") Integer p50,
                              @Description("85 % of the items took at most this.") Integer p85,
                              @Description("95 % of the items took at most this.") Integer p95) {
        static Percentiles of(FlowTimes.Percentiles p) {
            return new Percentiles(asInteger(p.p50()), asInteger(p.p85()), asInteger(p.p95()));
        }
    }

    @Type("FlowPoint")
    @Description("A completed item's lead and cycle time.")
    public record Point(@NonNull @Id @Description("The work item's id.") String id,
                        @NonNull @Description("The work item's key.") String key,
                        @NonNull @Description("When it was created.") Instant createdAt,
                        @NonNull @Description("When it entered work.") Instant startedAt,
                        @NonNull @Description("When it was completed.") Instant completedAt,
                        @Description("completedAt - createdAt, in seconds.") int leadSeconds,
                        @Description("completedAt - startedAt, in seconds.") int cycleSeconds) {
    }

    @Type("FlowTimes")
    @Description("Lead and cycle times of the items completed in the range, and the points behind them.")
    public record Times(@Description("Items completed in the range.") int count,
                        @NonNull @Description("From creation to completion.") Percentiles leadTime,
                        @NonNull @Description("From entering work to completion.") Percentiles cycleTime,
                        @NonNull @Description("Oldest completion first, at most 2,000.") List<@NonNull Point> points,
                        @Description("More points exist than are shown.") boolean truncated) {
        static Times of(FlowTimes t) {
            return new Times(asInt(t.count()), Percentiles.of(t.lead()), Percentiles.of(t.cycle()), t.points().stream()
                    .map(p -> new Point(p.id().toString(), p.key(), p.createdAt(), p.startedAt(), p.completedAt(),
                            asInt(p.leadSeconds()), asInt(p.cycleSeconds()))).toList(), t.truncated());
        }
    }

    @Type("BurnDay")
    @Description("At the end of a day: the scope, what of it was completed and what remained.")
    public record BurnDay(@NonNull @Description("The day.") LocalDate date,
                          @Description("Items (or minutes of estimate) created by its end.") int scope,
                          @Description("Of those, completed by its end.") int completed,
                          @Description("scope - completed: the burndown.") int remaining) {
        static List<BurnDay> of(List<Series.BurnDay> days) {
            return days.stream().map(d -> new BurnDay(d.date(), asInt(d.scope()), asInt(d.completed()),
                    asInt(d.remaining()))).toList();
        }
    }

    @Type("AgeingItem")
    @Description("An item in progress and how long it has been.")
    public record AgeingItem(@NonNull @Id @Description("The work item's id.") String id,
                             @NonNull @Description("The work item's key.") String key,
                             @NonNull @Description("Its state now.") String status,
                             @NonNull @Description("When it entered work.") Instant startedAt,
                             @Description("Seconds from startedAt to now.") int ageSeconds) {
        static List<AgeingItem> of(List<FlowTimes.Ageing> items) {
            return items.stream().map(a -> new AgeingItem(a.id().toString(), a.key(), a.status(), a.startedAt(),
                    asInt(a.ageSeconds()))).toList();
        }
    }

    @Type("OverdueSummary")
    @Description("Open items due before today (UTC), in all and by lateness.")
    public record Overdue(@NonNull @Description("Today (UTC).") LocalDate asOf,
                          @Description("Open items due before today.") int count,
                          @Description("Due 1 to 7 days ago.") int upToAWeek,
                          @Description("Due 8 to 30 days ago.") int upToAMonth,
                          @Description("Due more than 30 days ago.") int moreThanAMonth,
                          @Description("Their minutes of estimate.") int estimateMinutes) {
        static Overdue of(Series.Overdue o) {
            return new Overdue(o.asOf(), asInt(o.count()), asInt(o.upToAWeek()), asInt(o.upToAMonth()),
                    asInt(o.moreThanAMonth()), asInt(o.estimateMinutes()));
        }
    }
}
