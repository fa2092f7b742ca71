package io.worklane.api.rest.closeout;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.closeout.CloseOutService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.closeout.ProjectClosure;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.openapi.api.CloseOutApi;
import io.worklane.openapi.model.FieldError;
import io.worklane.openapi.model.ProjectCloseRequest;
import io.worklane.openapi.model.ProjectClosureList;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

/** Close-out over REST: translation only. */
@Authenticated
public class CloseOutResource implements CloseOutApi {
    private final CloseOutService closeOut;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public CloseOutResource(CloseOutService closeOut, CurrentCaller caller, RestResponses responses) {
        this.closeOut = closeOut;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> closeProject(String ws, String project, ProjectCloseRequest b,
                                                  String idempotencyKey) {
        Caller c = caller.get();
        var request = new CloseOutService.Request(b.getOutcome(), b.getLessonsLearned(), b.getStatus() == null ? null
                : ProjectStatus.valueOf(b.getStatus().toString()), Boolean.TRUE.equals(b.getForce()));
        return responses.acted(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project + "/close",
                b, () -> closeOut.close(c, ws, project, request), CloseOutResource::dto);
    }

    @Override
    public CompletionStage<Response> listLessons(String ws, String project, Integer limit, String cursor) {
        return responses.list(closeOut.lessons(caller.get(), ws, project, Pages.of(limit, cursor, "-closedAt")),
                page -> new ProjectClosureList().items(page.items().stream().map(CloseOutResource::dto).toList())
                        .nextCursor(page.nextCursor()));
    }

    static io.worklane.openapi.model.ProjectClosure dto(ProjectClosure c) {
        return new io.worklane.openapi.model.ProjectClosure().id(c.id()).projectId(c.projectId())
                .projectKey(c.projectKey()).projectName(c.projectName()).outcome(c.outcome())
                .lessonsLearned(c.lessonsLearned())
                .status(io.worklane.openapi.model.ProjectClosure.StatusEnum.fromValue(c.finalStatus().name()))
                .forced(c.forced()).overridden(c.overridden().stream().map(e -> new FieldError().field(e.field())
                        .code(e.code()).message(e.message())).toList())
                .closedBy(c.closedBy()).closedAt(c.closedAt().atOffset(ZoneOffset.UTC));
    }
}
