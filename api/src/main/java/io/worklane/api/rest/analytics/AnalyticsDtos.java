package io.worklane.api.rest.analytics;

import io.worklane.domain.analytics.AggregateResult;
import io.worklane.domain.analytics.AnalyticsRange;
import io.worklane.domain.analytics.FlowTimes;
import io.worklane.domain.analytics.Interval;
import io.worklane.domain.analytics.Series;
import io.worklane.openapi.model.AgeingWork;
import io.worklane.openapi.model.AgeingWorkItemsInner;
import io.worklane.openapi.model.AggregateGroup;
import io.worklane.openapi.model.AnalyticsPeriod;
import io.worklane.openapi.model.BurnChart;
import io.worklane.openapi.model.BurnChartDaysInner;
import io.worklane.openapi.model.BurnMeasure;
import io.worklane.openapi.model.CumulativeFlow;
import io.worklane.openapi.model.CumulativeFlowDaysInner;
import io.worklane.openapi.model.CumulativeFlowDaysInnerStatesInner;
import io.worklane.openapi.model.FlowPoint;
import io.worklane.openapi.model.OverdueSummary;
import io.worklane.openapi.model.Throughput;
import io.worklane.openapi.model.ThroughputBucketsInner;
import io.worklane.openapi.model.TimePercentiles;
import io.worklane.openapi.model.WorkItemAggregate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Explicit mapping of aggregates and series to the contract's models. */
public final class AnalyticsDtos {
    private AnalyticsDtos() {
    }

    public static WorkItemAggregate aggregate(AggregateResult r) {
        return new WorkItemAggregate().groupBy(r.groupBy()).metrics(r.metrics()).truncated(r.truncated())
                .groups(r.groups().stream().map(g -> new AggregateGroup().keys(new ArrayList<>(g.keys()))
                        .values(g.values().stream().map(AnalyticsDtos::decimal).toList())).toList());
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : n instanceof Double d ? BigDecimal.valueOf(d) : BigDecimal.valueOf(n.longValue());
    }

    static Throughput throughput(AnalyticsRange range, Interval per, List<Series.Bucket> buckets) {
        return new Throughput().from(range.from()).to(range.to()).period(AnalyticsPeriod.fromValue(per.name()))
                .buckets(buckets.stream().map(b -> new ThroughputBucketsInner().start(b.start()).count(b.count()))
                        .toList());
    }

    static CumulativeFlow cumulativeFlow(AnalyticsRange range, List<Series.StateCount> rows) {
        Map<LocalDate, List<CumulativeFlowDaysInnerStatesInner>> days = new LinkedHashMap<>();
        for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
            days.put(d, new ArrayList<>());
        }
        rows.forEach(r -> days.get(r.date()).add(new CumulativeFlowDaysInnerStatesInner().status(r.status())
                .count(r.count())));
        return new CumulativeFlow().from(range.from()).to(range.to()).days(days.entrySet().stream()
                .map(e -> new CumulativeFlowDaysInner().date(e.getKey()).states(e.getValue())).toList());
    }

    static io.worklane.openapi.model.FlowTimes flowTimes(AnalyticsRange range, FlowTimes t) {
        return new io.worklane.openapi.model.FlowTimes().from(range.from()).to(range.to()).count(t.count())
                .leadTime(percentiles(t.lead())).cycleTime(percentiles(t.cycle())).truncated(t.truncated())
                .points(t.points().stream().map(p -> new FlowPoint().id(p.id()).key(p.key())
                        .createdAt(time(p.createdAt())).startedAt(time(p.startedAt()))
                        .completedAt(time(p.completedAt())).leadSeconds(p.leadSeconds())
                        .cycleSeconds(p.cycleSeconds())).toList());
    }

    private static TimePercentiles percentiles(FlowTimes.Percentiles p) {
        return new TimePercentiles().p50(p.p50()).p85(p.p85()).p95(p.p95());
    }

    static BurnChart burn(AnalyticsRange range, boolean byEstimate, List<Series.BurnDay> days) {
        return new BurnChart().from(range.from()).to(range.to())
                .measure(byEstimate ? BurnMeasure.ESTIMATE : BurnMeasure.COUNT)
                .days(days.stream().map(d -> new BurnChartDaysInner().date(d.date()).scope(d.scope())
                        .completed(d.completed()).remaining(d.remaining())).toList());
    }

    static AgeingWork ageing(Instant now, List<FlowTimes.Ageing> items) {
        return new AgeingWork().asOf(time(now)).items(items.stream().map(a -> new AgeingWorkItemsInner().id(a.id())
                .key(a.key()).status(a.status()).startedAt(time(a.startedAt())).ageSeconds(a.ageSeconds())).toList());
    }

    static OverdueSummary overdue(Series.Overdue o) {
        return new OverdueSummary().asOf(o.asOf()).count(o.count()).upToAWeek(o.upToAWeek())
                .upToAMonth(o.upToAMonth()).moreThanAMonth(o.moreThanAMonth()).estimateMinutes(o.estimateMinutes());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
