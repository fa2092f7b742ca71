package io.worklane.api.application.analytics;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.domain.analytics.AggregateQuery;
import io.worklane.domain.analytics.AggregateResult;
import io.worklane.domain.analytics.Analytics;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;

/** Aggregates of work items (REST and GraphQL): one GROUP BY statement, after the workspace and the scope. */
@ApplicationScoped
public class AggregateService {
    private final Access access;
    private final AnalyticsScopes scopes;
    private final Analytics analytics;

    public AggregateService(Access access, AnalyticsScopes scopes, Analytics analytics) {
        this.access = access;
        this.scopes = scopes;
        this.analytics = analytics;
    }

    /** What the caller asked for, with the names of its inputs for refusals. */
    public record Request(WorkItemQueries.Criteria filter, String view, String groupBy, String metrics,
                          String groupByPath, String metricsPath) {
    }

    public Uni<AggregateResult> aggregate(Caller caller, String wsRef, Request request) {
        // visibility and scope first (404, 403), then the input (400): a refusal reveals nothing
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> aggregate(caller, ws, request));
    }

    /** GraphQL's Workspace.workItemAggregate: the workspace is already resolved. */
    public Uni<AggregateResult> aggregate(Caller caller, Workspace ws, Request request) {
        Access.require(caller, ws.id(), Scope.WORK_ITEMS_READ);
        AggregateQuery query = AggregateQuery.parse(request.groupBy(), request.metrics(), request.groupByPath(),
                request.metricsPath());
        return scopes.of(caller, ws, request.filter(), request.view())
                .chain(filter -> analytics.aggregate(ws.id(), filter, query));
    }
}
