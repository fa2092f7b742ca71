package io.worklane.api.rest.goal;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.goal.GoalQueries;
import io.worklane.api.application.goal.GoalService;
import io.worklane.api.application.goal.ShownGoal;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.goal.Goal;
import io.worklane.openapi.api.GoalsApi;
import io.worklane.openapi.model.CheckInCreate;
import io.worklane.openapi.model.GoalCreate;
import io.worklane.openapi.model.KeyResultCreate;
import io.worklane.openapi.model.KeyResultPatch;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Goals, key results and check-ins over REST (the Goals tag's one generated interface): translation only; key
 * results and check-ins are {@link KeyResultEndpoints}. A write's answer (with progress) is read after its
 * transaction, so it shows what was committed.
 */
@Authenticated
public class GoalsResource implements GoalsApi {
    private final GoalService goals;
    private final KeyResultEndpoints keyResults;
    private final GoalQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public GoalsResource(GoalService goals, KeyResultEndpoints keyResults, GoalQueries queries, CurrentCaller caller,
                         RestResponses responses) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createGoal(String ws, GoalCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = GoalRequests.draft(b);
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/goals", b,
                () -> shown(goals.create(c, ws, draft)), GoalDtos::goal, s -> location(s.goal()));
    }

    @Override
    public CompletionStage<Response> listGoals(String ws, String parent, java.time.LocalDate asOf, Integer limit,
                                               String cursor) {
        return responses.list(queries.showList(caller.get(), ws, parent, Pages.of(limit, cursor, "createdAt"), asOf),
                GoalDtos::goals);
    }

    @Override
    public CompletionStage<Response> getGoal(String ws, String goalId, java.time.LocalDate asOf) {
        return responses.ok(queries.show(caller.get(), ws, goalId, asOf), GoalDtos::goal, s -> s.goal().version());
    }

    @Override
    public CompletionStage<Response> updateGoal(String ws, String goalId, Map body, String ifMatch) {
        var patch = GoalRequests.patch(body);
        return ok(goals.update(caller.get(), ws, goalId, Versions.ifMatch(ifMatch), patch));
    }

    @Override
    public CompletionStage<Response> deleteGoal(String ws, String goalId, String ifMatch) {
        return responses.noContent(goals.delete(caller.get(), ws, goalId, Versions.ifMatch(ifMatch)).replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> linkGoalProject(String ws, String goalId, String project, String ifMatch) {
        return ok(goals.linkProject(caller.get(), ws, goalId, project, Versions.ifMatch(ifMatch)));
    }

    @Override
    public CompletionStage<Response> unlinkGoalProject(String ws, String goalId, String project, String ifMatch) {
        return ok(goals.unlinkProject(caller.get(), ws, goalId, project, Versions.ifMatch(ifMatch)));
    }

    @Override
    public CompletionStage<Response> linkGoalPortfolio(String ws, String goalId, String portfolioId, String ifMatch) {
        return ok(goals.linkPortfolio(caller.get(), ws, goalId, portfolioId, Versions.ifMatch(ifMatch)));
    }

    @Override
    public CompletionStage<Response> unlinkGoalPortfolio(String ws, String goalId, String portfolioId,
                                                         String ifMatch) {
        return ok(goals.unlinkPortfolio(caller.get(), ws, goalId, portfolioId, Versions.ifMatch(ifMatch)));
    }

    @Override
    public CompletionStage<Response> listProjectGoals(String ws, String project) {
        return responses.list(queries.ofProject(caller.get(), ws, project), GoalDtos::goals);
    }

    @Override
    public CompletionStage<Response> listPortfolioGoals(String ws, String portfolioId) {
        return responses.list(queries.ofPortfolio(caller.get(), ws, portfolioId), GoalDtos::goals);
    }

    @Override
    public CompletionStage<Response> createKeyResult(String ws, String goalId, KeyResultCreate b, String idempotencyKey) {
        return keyResults.create(ws, goalId, b, idempotencyKey);
    }

    @Override
    public CompletionStage<Response> getKeyResult(String ws, String keyResultId) {
        return keyResults.get(ws, keyResultId);
    }

    @Override
    public CompletionStage<Response> updateKeyResult(String ws, String keyResultId, KeyResultPatch b, String ifMatch) {
        return keyResults.update(ws, keyResultId, b, ifMatch);
    }

    @Override
    public CompletionStage<Response> deleteKeyResult(String ws, String keyResultId, String ifMatch) {
        return keyResults.delete(ws, keyResultId, ifMatch);
    }

    @Override
    public CompletionStage<Response> createCheckIn(String ws, String keyResultId, CheckInCreate b,
                                                   String idempotencyKey) {
        return keyResults.checkIn(ws, keyResultId, b, idempotencyKey);
    }

    @Override
    public CompletionStage<Response> listCheckIns(String ws, String keyResultId, Integer limit, String cursor) {
        return keyResults.checkIns(ws, keyResultId, limit, cursor);
    }

    private CompletionStage<Response> ok(Uni<Goal> saved) {
        return responses.ok(shown(saved), GoalDtos::goal, s -> s.goal().version());
    }

    private Uni<ShownGoal> shown(Uni<Goal> saved) {
        return saved.chain(g -> queries.shown(caller.get(), g));
    }

    private static String location(Goal g) {
        return "/api/v1/workspaces/" + g.workspaceId() + "/goals/" + g.id();
    }
}
