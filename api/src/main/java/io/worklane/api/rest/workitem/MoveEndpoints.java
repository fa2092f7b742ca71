package io.worklane.api.rest.workitem;

import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.WorkItemMoves;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.openapi.model.MovedWorkItem;
import io.worklane.openapi.model.WorkItemMoveRequest;
import io.worklane.openapi.model.WorkItemMoveResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** A work item's move to another project (ADR 0082) in REST shapes (served by WorkItemsResource). */
@ApplicationScoped
public class MoveEndpoints {
    private final WorkItemMoves moves;
    private final WorkItemQueries queries;
    private final RestResponses responses;

    public MoveEndpoints(WorkItemMoves moves, WorkItemQueries queries, RestResponses responses) {
        this.moves = moves;
        this.queries = queries;
        this.responses = responses;
    }

    public CompletionStage<Response> move(Caller caller, String ws, String workItem, WorkItemMoveRequest b,
                                          String ifMatch) {
        Long expected = b.getExpectedVersion() != null ? b.getExpectedVersion() : Versions.ifMatch(ifMatch);
        var request = new WorkItemMoves.Request(b.getProject(), b.getStatusMapping(), expected);
        return responses.ok(moves.move(caller, ws, workItem, request).chain(outcome -> queries
                        .shown(List.of(outcome.item())).map(keys -> new WorkItemMoveResult()
                                .workItem(WorkItemDtos.of(outcome.item(), keys))
                                .moved(outcome.moved().stream().map(MoveEndpoints::moved).toList()))),
                r -> r, r -> r.getWorkItem().getVersion());
    }

    private static MovedWorkItem moved(WorkItemMoves.Moved m) {
        return new MovedWorkItem().id(m.item().id()).previousKey(m.previousKey()).key(m.item().key())
                .status(m.item().status()).version(m.item().version()).droppedCustomFields(m.droppedCustomFields());
    }
}
