package io.worklane.api.application.analytics;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.NotStartedStates;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.domain.analytics.Analytics;
import io.worklane.domain.analytics.AnalyticsRange;
import io.worklane.domain.analytics.FlowTimes;
import io.worklane.domain.analytics.Interval;
import io.worklane.domain.analytics.Series;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The dashboard series (docs/analytics.md). {@link #scope} checks the caller, the range and the filter
 * once; each series is then one statement (flow times and ageing also read the workflows' not-started states).
 */
@ApplicationScoped
public class DashboardService {
    private final Access access;
    private final AnalyticsScopes scopes;
    private final Analytics analytics;
    private final NotStartedStates notStarted;
    private final Now now;

    public DashboardService(Access access, AnalyticsScopes scopes, Analytics analytics, NotStartedStates notStarted,
                            Now now) {
        this.access = access;
        this.scopes = scopes;
        this.analytics = analytics;
        this.notStarted = notStarted;
        this.now = now;
    }

    /** The items and days a series covers, checked. */
    public record Scoped(UUID workspaceId, WorkItemFilter filter, AnalyticsRange range) {
    }

    public Uni<Scoped> scope(Caller caller, String wsRef, String filter, String view, LocalDate from, LocalDate to) {
        WorkItemQueries.Criteria criteria = AnalyticsScopes.text(filter, "filter");
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> scope(caller, ws, criteria, view, from, to));
    }

    /** GraphQL's Workspace.analytics: the workspace is already resolved. */
    public Uni<Scoped> scope(Caller caller, Workspace ws, WorkItemQueries.Criteria filter, String view, LocalDate from,
                             LocalDate to) {
        Access.require(caller, ws.id(), Scope.WORK_ITEMS_READ);
        AnalyticsRange range = AnalyticsRange.of(from, to, today());
        return scopes.of(caller, ws, filter, view).map(f -> new Scoped(ws.id(), f, range));
    }

    public Uni<List<Series.Bucket>> throughput(Scoped s, Interval per) {
        return analytics.throughput(s.workspaceId(), s.filter(), s.range(), per == null ? Interval.WEEK : per);
    }

    public Uni<List<Series.StateCount>> cumulativeFlow(Scoped s) {
        return analytics.cumulativeFlow(s.workspaceId(), s.filter(), s.range());
    }

    public Uni<FlowTimes> flowTimes(Scoped s) {
        return notStarted.of(s.workspaceId()).chain(states -> analytics.flowTimes(s.workspaceId(), s.filter(),
                s.range(), states));
    }

    public Uni<List<Series.BurnDay>> burn(Scoped s, boolean byEstimate) {
        return analytics.burn(s.workspaceId(), s.filter(), s.range(), byEstimate);
    }

    public Uni<List<FlowTimes.Ageing>> ageing(Scoped s) {
        return notStarted.of(s.workspaceId()).chain(states -> analytics.ageing(s.workspaceId(), s.filter(), states,
                now.instant()));
    }

    public Uni<Series.Overdue> overdue(Scoped s) {
        return analytics.overdue(s.workspaceId(), s.filter(), today());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now.instant(), ZoneOffset.UTC);
    }

    public java.time.Instant now() {
        return now.instant();
    }
}
