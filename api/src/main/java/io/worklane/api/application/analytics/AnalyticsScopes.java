package io.worklane.api.application.analytics;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.view.ViewQueries;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The items an aggregate or a series counts: the list's filter (parsed, custom fields checked, as for
 * {@code GET …/work-items?filter=}), narrowed by a saved view's filter when one is named (the caller must
 * see the view). One compilation for all of them: the list's (ADR 0050).
 */
@ApplicationScoped
public class AnalyticsScopes {
    private final WorkItemQueries items;
    private final ViewQueries views;

    public AnalyticsScopes(WorkItemQueries items, ViewQueries views) {
        this.items = items;
        this.views = views;
    }

    /** Criteria of a filter's text form alone; {@code path} names the input in a refusal. */
    public static WorkItemQueries.Criteria text(String filter, String path) {
        return new WorkItemQueries.Criteria(null, null, null, null, null, null, null)
                .where(filter == null || filter.isBlank() ? null : filter, path);
    }

    public Uni<WorkItemFilter> of(Caller caller, Workspace ws, WorkItemQueries.Criteria criteria, String viewRef) {
        Uni<WorkItemFilter> filtered = items.resolve(ws.id(), criteria, caller);
        if (viewRef == null || viewRef.isBlank()) {
            return filtered;
        }
        return filtered.chain(f -> views.find(caller, ws, viewRef).map(view -> {
            FilterExpression saved = view.definition().expression();
            FilterExpression both = saved == null ? f.where() : saved.and(f.where());
            return both == null ? f : f.matching(both, me(caller, ws.id()));
        }));
    }

    private static UUID me(Caller caller, UUID workspaceId) {
        var grant = caller.grants().get(workspaceId);
        return grant == null ? null : grant.memberId();
    }
}
