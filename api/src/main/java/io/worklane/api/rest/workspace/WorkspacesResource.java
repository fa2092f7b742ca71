package io.worklane.api.rest.workspace;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workspace.WorkspaceService;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.workspace.Workspace;
import io.worklane.openapi.api.WorkspacesApi;
import io.worklane.openapi.model.WorkspaceCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

@Authenticated
public class WorkspacesResource implements WorkspacesApi {
    private static final Set<String> PATCHABLE = Set.of("name", "defaultCurrency", "timeZone", "searchConfig");
    private final WorkspaceService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public WorkspacesResource(WorkspaceService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createWorkspace(WorkspaceCreate body, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces", body,
                () -> service.create(c, new WorkspaceService.Draft(body.getSlug(), body.getName(),
                        body.getDefaultCurrency(), body.getTimeZone())),
                WorkspaceDtos::of, w -> "/api/v1/workspaces/" + w.id());
    }

    @Override
    public CompletionStage<Response> getWorkspace(String ws) {
        return responses.ok(service.get(caller.get(), ws), WorkspaceDtos::of, Workspace::version);
    }

    @Override
    public CompletionStage<Response> listWorkspaces(Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), Pages.of(limit, cursor, "createdAt")), WorkspaceDtos::of);
    }

    @Override
    public CompletionStage<Response> updateWorkspace(String ws, Map body, String ifMatch) {
        MergePatch patch = MergePatch.of(body, PATCHABLE);
        WorkspaceService.Patch changes = new WorkspaceService.Patch(patch.requiredText("name"),
                patch.requiredText("defaultCurrency"), patch.requiredText("timeZone"), patch.requiredText("searchConfig"));
        patch.check();
        return responses.ok(service.update(caller.get(), ws, Versions.ifMatch(ifMatch), changes), WorkspaceDtos::of,
                Workspace::version);
    }

    @Override
    public CompletionStage<Response> deleteWorkspace(String ws, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, Versions.ifMatch(ifMatch)).replaceWithVoid());
    }
}
