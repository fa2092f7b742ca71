package io.worklane.api.rest.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.worklane.api.application.form.FormIntake;
import io.worklane.api.application.form.PublicForms;
import io.worklane.api.application.form.TooManySubmissions;
import io.worklane.api.config.FormsConfig;
import io.worklane.api.limits.Credentials;
import io.worklane.api.rest.shared.Problems;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.openapi.api.PublicFormsApi;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The forms themselves: open without a credential (PUBLIC forms), with one for MEMBERS forms. Submissions are
 * counted per client address, and their size is checked here, before anything is read (413 PAYLOAD_TOO_LARGE).
 */
@PermitAll
public class PublicFormsResource implements PublicFormsApi {
    private final PublicForms forms;
    private final FormIntake intake;
    private final CurrentCaller caller;
    private final CurrentVertxRequest request;
    private final FormsConfig config;
    private final ObjectMapper json;

    public PublicFormsResource(PublicForms forms, FormIntake intake, CurrentCaller caller, CurrentVertxRequest request,
                               FormsConfig config, ObjectMapper json) {
        this.forms = forms;
        this.intake = intake;
        this.caller = caller;
        this.request = request;
        this.config = config;
        this.json = json;
    }

    @Override
    public CompletionStage<Response> getPublicForm(String slug) {
        return forms.open(caller.find(), slug).map(form -> Response.ok(FormDtos.open(form)).build())
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> submitForm(String slug, Map<String, Object> body) {
        checkSize(body);
        String address = Credentials.address(request.getCurrent());
        return intake.submit(caller.find(), address, slug, body)
                .map(receipt -> Response.status(201).entity(FormDtos.receipt(slug, receipt)).build())
                .onFailure(TooManySubmissions.class).recoverWithItem(e -> tooMany((TooManySubmissions) e, slug))
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> getFormSubmissionStatus(String slug, String token) {
        return forms.status(caller.find(), slug, token).map(status -> Response.ok(FormDtos.status(status)).build())
                .subscribeAsCompletionStage();
    }

    private void checkSize(Map<String, Object> body) {
        try {
            int size = json.writeValueAsBytes(body).length;
            if (size > config.maxSubmissionBytes()) {
                throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "A submission is at most "
                        + config.maxSubmissionBytes() + " bytes of JSON; this one is " + size + ". Shorten the answers.");
            }
        } catch (JsonProcessingException e) {
            throw new DomainException(ErrorCode.MALFORMED_JSON, "The submission is not a JSON object.");
        }
    }

    private static Response tooMany(TooManySubmissions e, String slug) {
        Response problem = Problems.response(e.code(), e.getMessage(), List.of(), "/api/v1/forms/" + slug + "/submissions");
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }
}
