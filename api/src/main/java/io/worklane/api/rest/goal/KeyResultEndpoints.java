package io.worklane.api.rest.goal;

import io.worklane.api.application.goal.KeyResultDraft;
import io.worklane.api.application.goal.KeyResultQueries;
import io.worklane.api.application.goal.KeyResultService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.goal.KeyResultKind;
import io.worklane.openapi.model.CheckInCreate;
import io.worklane.openapi.model.KeyResultCreate;
import io.worklane.openapi.model.KeyResultPatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.concurrent.CompletionStage;

/**
 * The key result and check-in operations of the Goals tag: {@link GoalsResource} implements the tag's one
 * generated interface and hands these here. Translation only; an answer is read after its transaction.
 */
@ApplicationScoped
class KeyResultEndpoints {
    private final KeyResultService keyResults;
    private final KeyResultQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;

    KeyResultEndpoints(KeyResultService keyResults, KeyResultQueries queries, CurrentCaller caller,
                       RestResponses responses) {
        this.keyResults = keyResults;
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    CompletionStage<Response> create(String ws, String goalId, KeyResultCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = new KeyResultDraft(b.getTitle(), b.getKind() == null ? null : KeyResultKind.valueOf(
                b.getKind().name()), b.getCurrency(), decimal(b.getStart()), decimal(b.getTarget()),
                decimal(b.getCurrent()));
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/goals/" + goalId
                        + "/key-results", b, () -> keyResults.add(c, ws, goalId, draft)
                        .chain(kr -> queries.keyResult(c, ws, kr.id().toString())), GoalDtos::keyResult,
                m -> "/api/v1/workspaces/" + m.keyResult().workspaceId() + "/key-results/" + m.keyResult().id());
    }

    CompletionStage<Response> get(String ws, String keyResultId) {
        return responses.ok(queries.keyResult(caller.get(), ws, keyResultId), GoalDtos::keyResult,
                m -> m.keyResult().version());
    }

    CompletionStage<Response> update(String ws, String keyResultId, KeyResultPatch b, String ifMatch) {
        Caller c = caller.get();
        return responses.ok(keyResults.update(c, ws, keyResultId, Versions.ifMatch(ifMatch), b.getTitle(),
                                decimal(b.getStart()), decimal(b.getTarget()))
                        .chain(kr -> queries.keyResult(c, ws, kr.id().toString())), GoalDtos::keyResult,
                m -> m.keyResult().version());
    }

    CompletionStage<Response> delete(String ws, String keyResultId, String ifMatch) {
        return responses.noContent(keyResults.delete(caller.get(), ws, keyResultId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    CompletionStage<Response> checkIn(String ws, String keyResultId, CheckInCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/key-results/" + keyResultId
                        + "/check-ins", b, () -> keyResults.checkIn(c, ws, keyResultId, b.getValue(), b.getNote())
                        .chain(done -> queries.keyResult(c, ws, done.checkIn().keyResultId().toString())
                                .map(m -> GoalDtos.checkIn(done.checkIn()).keyResult(GoalDtos.keyResult(m)))),
                dto -> dto, dto -> "/api/v1/workspaces/" + ws + "/key-results/" + dto.getKeyResultId() + "/check-ins");
    }

    CompletionStage<Response> checkIns(String ws, String keyResultId, Integer limit, String cursor) {
        return responses.list(queries.checkIns(caller.get(), ws, keyResultId, Pages.of(limit, cursor, "createdAt")),
                GoalDtos::checkIns);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
