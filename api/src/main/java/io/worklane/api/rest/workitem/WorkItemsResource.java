package io.worklane.api.rest.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.analytics.AggregateService;
import io.worklane.api.application.analytics.AnalyticsScopes;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.analytics.AnalyticsDtos;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.application.workitem.WorkItemRanking;
import io.worklane.api.application.workitem.WorkItemService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.openapi.api.WorkItemsApi;
import io.worklane.api.application.bulk.BulkService;
import io.worklane.openapi.model.BulkUpdateRequest;
import io.worklane.openapi.model.WorkItemCreate;
import io.worklane.openapi.model.WorkItemMoveRequest;
import io.worklane.openapi.model.WorkItemRankRequest;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Authenticated
public class WorkItemsResource implements WorkItemsApi {
    private final WorkItemService service;
    private final WorkItemQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;
    private final WorkItemRanking ranking;
    private final BulkService bulk;
    private final AggregateService aggregates;
    private final MoveEndpoints moves;

    public WorkItemsResource(WorkItemService service, WorkItemQueries queries, CurrentCaller caller,
                             RestResponses responses, WorkItemRanking ranking, BulkService bulk,
                             AggregateService aggregates, MoveEndpoints moves) {
        this.moves = moves;
        this.aggregates = aggregates;
        this.bulk = bulk;
        this.ranking = ranking;
        this.service = service;
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createWorkItem(String ws, WorkItemCreate body, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items", body,
                () -> view(service.create(c, ws, WorkItemRequests.draft(body))), v -> v.dto,
                v -> "/api/v1/workspaces/" + v.item.workspaceId() + "/work-items/" + v.item.id());
    }

    @Override
    public CompletionStage<Response> bulkUpdateWorkItems(String ws, BulkUpdateRequest body, String idempotencyKey) {
        Caller c = caller.get();
        return responses.recorded(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items/bulk", body,
                () -> bulk.change(c, ws, BulkRequests.of(body)), BulkRequests::answer);
    }

    @Override
    public CompletionStage<Response> getWorkItem(String ws, String workItem) {
        return responses.ok(view(queries.get(caller.get(), ws, workItem)), v -> v.dto, v -> v.item.version());
    }

    @Override
    public CompletionStage<Response> listWorkItems(String ws, String project, String status, UUID assignee,
                                                   String label, String parent, OffsetDateTime updatedSince,
                                                   String q, io.worklane.openapi.model.WorkItemType type, String sort,
                                                   Integer limit, String cursor, String filter) {
        WorkItemSort order = WorkItemSort.parse(sort);
        WorkItemQueries.Criteria criteria = new WorkItemQueries.Criteria(project, status, assignee, label, parent,
                updatedSince == null ? null : updatedSince.toInstant(), q,
                type == null ? null : io.worklane.domain.workitem.WorkItemType.valueOf(type.name()))
                .where(filter, "filter");
        return responses.list(queries.list(caller.get(), ws, criteria, order, Pages.of(limit, cursor, order.token()))
                .chain(page -> queries.shown(page.items()).map(shown -> WorkItemDtos.of(page, shown))), dto -> dto);
    }

    @Override
    public CompletionStage<Response> aggregateWorkItems(String ws, String groupBy, String metrics, String filter,
                                                        UUID view) {
        var request = new AggregateService.Request(AnalyticsScopes.text(filter, "filter"),
                view == null ? null : view.toString(), groupBy, metrics, "groupBy", "metrics");
        return responses.list(aggregates.aggregate(caller.get(), ws, request), AnalyticsDtos::aggregate);
    }

    @Override
    public CompletionStage<Response> updateWorkItem(String ws, String workItem, Map body, String ifMatch) {
        var patch = WorkItemRequests.patch(body);
        return responses.ok(view(service.update(caller.get(), ws, workItem, Versions.ifMatch(ifMatch), patch)),
                v -> v.dto, v -> v.item.version());
    }

    @Override
    public CompletionStage<Response> rankWorkItem(String ws, String workItem, WorkItemRankRequest body, String ifMatch) {
        var move = new WorkItemRanking.Move(body.getBefore(), body.getAfter());
        return responses.ok(view(ranking.rank(caller.get(), ws, workItem, move, Versions.ifMatch(ifMatch))),
                v -> v.dto, v -> v.item.version());
    }

    @Override
    public CompletionStage<Response> moveWorkItem(String ws, String workItem, WorkItemMoveRequest body, String ifMatch) {
        return moves.move(caller.get(), ws, workItem, body, ifMatch);
    }

    @Override
    public CompletionStage<Response> deleteWorkItem(String ws, String workItem, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, workItem, Versions.ifMatch(ifMatch)).replaceWithVoid());
    }

    private Uni<View> view(Uni<WorkItem> item) {
        return item.chain(w -> queries.shown(List.of(w)).map(shown -> new View(w, WorkItemDtos.of(w, shown))));
    }

    /** A work item with its REST representation (which needs the parent's key). */
    private record View(WorkItem item, io.worklane.openapi.model.WorkItem dto) {
    }
}
