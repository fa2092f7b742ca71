package io.worklane.api.rest.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.worklane.api.application.form.FormDraft;
import io.worklane.api.application.form.FormService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.FormAccess;
import io.worklane.domain.form.FormDefinition;
import io.worklane.domain.form.FormField;
import io.worklane.domain.form.Forms;
import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.openapi.api.FormsApi;
import io.worklane.openapi.model.FormCreate;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Request intake forms over REST, for workspace admins: translation only. */
@Authenticated
public class FormsResource implements FormsApi {
    private static final Set<String> PATCHABLE = Set.of("project", "slug", "title", "description", "itemType",
            "access", "confirmation", "fields");
    private final FormService forms;
    private final CurrentCaller caller;
    private final RestResponses responses;
    private final ObjectMapper json;

    public FormsResource(FormService forms, CurrentCaller caller, RestResponses responses, ObjectMapper json) {
        this.forms = forms;
        this.caller = caller;
        this.responses = responses;
        this.json = json;
    }

    @Override
    public CompletionStage<Response> createForm(String ws, FormCreate b, String idempotencyKey) {
        Caller c = caller.get();
        FormDraft draft = new FormDraft(b.getProject(), FormRequests.definition(b));
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/forms", b,
                () -> forms.create(c, ws, draft), FormDtos::form, FormsResource::location);
    }

    @Override
    public CompletionStage<Response> listForms(String ws, Integer limit, String cursor) {
        return responses.list(forms.list(caller.get(), ws, Pages.of(limit, cursor, Forms.SORT)), FormDtos::forms);
    }

    @Override
    public CompletionStage<Response> getForm(String ws, String formId) {
        return responses.ok(forms.get(caller.get(), ws, formId), FormDtos::form, Form::version);
    }

    @Override
    public CompletionStage<Response> updateForm(String ws, String formId, Map body, String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        Change<String> project = p.requiredText("project");
        Change<String> slug = p.requiredText("slug");
        Change<String> title = p.requiredText("title");
        Change<String> description = p.text("description");
        Change<WorkItemType> itemType = p.enumValue("itemType", WorkItemType.class);
        Change<FormAccess> access = p.enumValue("access", FormAccess.class);
        Change<String> confirmation = p.text("confirmation");
        Change<List<Map<String, Object>>> rawFields = p.requiredObjects("fields");
        p.check();
        List<FormField> fields = rawFields.present() && rawFields.value() != null
                ? FormRequests.fields(json, rawFields.value()) : null;
        return responses.ok(forms.update(caller.get(), ws, formId, Versions.ifMatch(ifMatch), draft -> {
            FormDefinition d = draft.definition();
            return new FormDraft(project.or(draft.project()), new FormDefinition(slug.or(d.slug()), title.or(d.title()),
                    description.or(d.description()), itemType.or(d.itemType()), access.or(d.access()),
                    confirmation.or(d.confirmation()), fields == null ? d.fields() : fields));
        }), FormDtos::form, Form::version);
    }

    @Override
    public CompletionStage<Response> deleteForm(String ws, String formId, String ifMatch) {
        return responses.noContent(forms.delete(caller.get(), ws, formId, Versions.ifMatch(ifMatch)).replaceWithVoid());
    }

    private static String location(Form f) {
        return "/api/v1/workspaces/" + f.workspaceId() + "/forms/" + f.id();
    }
}
