package io.worklane.domain.analytics;

import io.worklane.domain.workitem.WorkItemFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import io.smallrye.mutiny.Uni;

/**
 * Port of the aggregate and dashboard reads: each one a single statement executed by PostgreSQL over the
 * items a list filter selects (docs/analytics.md gives the formulas).
 */
public interface Analytics {
    Uni<AggregateResult> aggregate(UUID workspaceId, WorkItemFilter filter, AggregateQuery query);

    Uni<List<Series.Bucket>> throughput(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range, Interval per);

    Uni<List<Series.StateCount>> cumulativeFlow(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range);

    Uni<FlowTimes> flowTimes(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range,
                             Collection<String> notStartedStates);

    Uni<List<Series.BurnDay>> burn(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range, boolean byEstimate);

    Uni<List<FlowTimes.Ageing>> ageing(UUID workspaceId, WorkItemFilter filter, Collection<String> notStartedStates,
                                       Instant now);

    Uni<Series.Overdue> overdue(UUID workspaceId, WorkItemFilter filter, LocalDate today);
}
