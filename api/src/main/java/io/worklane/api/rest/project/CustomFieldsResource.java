package io.worklane.api.rest.project;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.project.CustomFieldService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.openapi.api.CustomFieldsApi;
import io.worklane.openapi.model.CustomFieldCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

@Authenticated
public class CustomFieldsResource implements CustomFieldsApi {
    private static final Set<String> PATCHABLE = Set.of("name", "options", "required");
    private final CustomFieldService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public CustomFieldsResource(CustomFieldService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createCustomField(String ws, String project, CustomFieldCreate b,
                                                       String idempotencyKey) {
        Caller c = caller.get();
        CustomFieldService.Draft draft = new CustomFieldService.Draft(b.getKey(), b.getName(),
                CustomFieldType.valueOf(b.getType().name()), b.getOptions(), b.getRequired());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project
                        + "/custom-fields", b, () -> service.create(c, ws, project, draft), ProjectDtos::of,
                f -> "/api/v1/workspaces/" + f.workspaceId() + "/projects/" + f.projectId() + "/custom-fields/" + f.id());
    }

    @Override
    public CompletionStage<Response> getCustomField(String ws, String project, String fieldId) {
        return responses.ok(service.get(caller.get(), ws, project, fieldId), ProjectDtos::of, CustomField::version);
    }

    @Override
    public CompletionStage<Response> listCustomFields(String ws, String project, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, project, Pages.of(limit, cursor, "createdAt")),
                ProjectDtos::fields);
    }

    @Override
    public CompletionStage<Response> updateCustomField(String ws, String project, String fieldId, Map body,
                                                       String ifMatch) {
        MergePatch patch = MergePatch.of(body, PATCHABLE);
        CustomFieldService.Patch changes = new CustomFieldService.Patch(patch.requiredText("name"),
                patch.strings("options"), patch.bool("required"));
        patch.check();
        return responses.ok(service.update(caller.get(), ws, project, fieldId, Versions.ifMatch(ifMatch), changes),
                ProjectDtos::of, CustomField::version);
    }

    @Override
    public CompletionStage<Response> deleteCustomField(String ws, String project, String fieldId, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, project, fieldId, Versions.ifMatch(ifMatch)));
    }
}
