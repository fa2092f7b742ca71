package io.worklane.api.rest.apikey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.apikey.ApiKeyService;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.IssuedApiKey;
import io.worklane.domain.idempotency.RecordedResponse;
import io.worklane.openapi.api.ApiKeysApi;
import io.worklane.openapi.model.ApiKeyCreate;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * API keys over REST. Creates and rotations answer 201 with the secret, once: the Idempotency-Key
 * record keeps the response without it, so a replay shows the key but never its secret.
 */
@Authenticated
public class ApiKeysResource implements ApiKeysApi {
    private final ApiKeyService service;
    private final CurrentCaller caller;
    private final Idempotency idempotency;
    private final ObjectMapper json;

    public ApiKeysResource(ApiKeyService service, CurrentCaller caller, Idempotency idempotency, ObjectMapper json) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Override
    public CompletionStage<Response> createApiKey(String ws, ApiKeyCreate body, String idempotencyKey) {
        Caller c = caller.get();
        return issue(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/api-keys", write(body),
                () -> service.create(c, ws, body.getName(), body.getScopes(),
                        body.getExpiresAt() == null ? null : body.getExpiresAt().toInstant()));
    }

    @Override
    public CompletionStage<Response> listApiKeys(String ws, Integer limit, String cursor) {
        return service.list(caller.get(), ws, Pages.of(limit, cursor, "createdAt"))
                .map(page -> Response.ok(ApiKeyDtos.list(page)).build()).subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> getApiKey(String ws, String keyId) {
        return service.get(caller.get(), ws, keyId)
                .map(k -> Response.ok(ApiKeyDtos.of(k)).build()).subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> revokeApiKey(String ws, String keyId) {
        return service.revoke(caller.get(), ws, keyId)
                .map(k -> Response.noContent().build()).subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> rotateApiKey(String ws, String keyId, String idempotencyKey) {
        Caller c = caller.get();
        return issue(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/api-keys/" + keyId + "/rotate", "",
                () -> service.rotate(c, ws, keyId));
    }

    /** 201 + Location with the secret when the key was issued by this request; a replay has no secret. */
    private CompletionStage<Response> issue(Caller c, String idempotencyKey, String operation, String request,
                                            Supplier<Uni<IssuedApiKey>> useCase) {
        AtomicReference<IssuedApiKey> fresh = new AtomicReference<>();
        return idempotency.run(c, idempotencyKey, operation, request, () -> useCase.get().invoke(fresh::set)
                        .map(issued -> new RecordedResponse(201, write(ApiKeyDtos.withoutSecret(issued.key())),
                                location(issued.key()))))
                .map(recorded -> {
                    Object entity = fresh.get() != null ? ApiKeyDtos.issued(fresh.get()) : recorded.body();
                    Response.ResponseBuilder response = Response.status(recorded.status()).entity(entity)
                            .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store");
                    return recorded.location() == null ? response.build()
                            : response.location(URI.create(recorded.location())).build();
                })
                .subscribeAsCompletionStage();
    }

    private static String location(ApiKey key) {
        return "/api/v1/workspaces/" + key.workspaceId() + "/api-keys/" + key.id();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}
