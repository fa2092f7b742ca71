package io.worklane.api.rest.planning;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.planning.BaselineService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.BaselinesApi;
import io.worklane.openapi.model.BaselineCreate;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** A project's baselines over REST: translation only. */
@Authenticated
public class BaselinesResource implements BaselinesApi {
    private final BaselineService baselines;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public BaselinesResource(BaselineService baselines, CurrentCaller caller, RestResponses responses) {
        this.baselines = baselines;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createBaseline(String ws, String project, BaselineCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project
                        + "/baselines", b, () -> baselines.take(c, ws, project, b.getName()),
                s -> BaselineDtos.summary(s.baseline()), s -> "/api/v1/workspaces/" + s.project().workspaceId()
                        + "/projects/" + s.project().id() + "/baselines/" + s.baseline().id());
    }

    @Override
    public CompletionStage<Response> listBaselines(String ws, String project) {
        return responses.list(baselines.list(caller.get(), ws, project), BaselineDtos::list);
    }

    @Override
    public CompletionStage<Response> getBaseline(String ws, String project, String baselineId) {
        return responses.ok(baselines.get(caller.get(), ws, project, baselineId), BaselineDtos::full,
                s -> s.baseline().version());
    }

    @Override
    public CompletionStage<Response> getBaselineVariance(String ws, String project, String baselineId) {
        return responses.list(baselines.variance(caller.get(), ws, project, baselineId), BaselineDtos::variance);
    }

    @Override
    public CompletionStage<Response> deleteBaseline(String ws, String project, String baselineId, String ifMatch) {
        return responses.noContent(baselines.delete(caller.get(), ws, project, baselineId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }
}
