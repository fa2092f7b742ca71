package io.worklane.api.rest.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.template.ProjectTemplateService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.ProjectTemplatesApi;
import io.worklane.openapi.model.ProjectTemplateCreate;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** Project templates over REST: translation only. */
@Authenticated
public class ProjectTemplatesResource implements ProjectTemplatesApi {
    private final ProjectTemplateService templates;
    private final CurrentCaller caller;
    private final RestResponses responses;
    private final ObjectMapper json;

    public ProjectTemplatesResource(ProjectTemplateService templates, CurrentCaller caller, RestResponses responses,
                                    ObjectMapper json) {
        this.templates = templates;
        this.caller = caller;
        this.responses = responses;
        this.json = json;
    }

    @Override
    public CompletionStage<Response> createProjectTemplate(String ws, ProjectTemplateCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = new ProjectTemplateService.Draft(b.getFromProject(), b.getName(), b.getDescription(),
                Boolean.TRUE.equals(b.getIncludeBudget()));
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/project-templates", b,
                () -> templates.save(c, ws, draft), TemplateDtos::summary,
                t -> "/api/v1/workspaces/" + t.workspaceId() + "/project-templates/" + t.id());
    }

    @Override
    public CompletionStage<Response> listProjectTemplates(String ws, Integer limit, String cursor) {
        return responses.list(templates.list(caller.get(), ws, Pages.of(limit, cursor, "createdAt")),
                TemplateDtos::list);
    }

    @Override
    public CompletionStage<Response> getProjectTemplate(String ws, String templateId) {
        return responses.ok(templates.get(caller.get(), ws, templateId), t -> TemplateDtos.full(t, json),
                t -> t.version());
    }

    @Override
    public CompletionStage<Response> deleteProjectTemplate(String ws, String templateId, String ifMatch) {
        return responses.noContent(templates.delete(caller.get(), ws, templateId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }
}
