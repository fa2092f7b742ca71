package io.worklane.api.rest.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.webhook.WebhookService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.idempotency.RecordedResponse;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.openapi.api.WebhooksApi;
import io.worklane.openapi.model.WebhookCreate;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Webhook subscriptions over REST. Creates and secret rotations answer with the secret, once: the
 * Idempotency-Key record keeps the response without it, so a replay never shows a secret.
 */
@Authenticated
public class WebhooksResource implements WebhooksApi {
    private final WebhookService service;
    private final CurrentCaller caller;
    private final RestResponses responses;
    private final Idempotency idempotency;
    private final ObjectMapper json;

    public WebhooksResource(WebhookService service, CurrentCaller caller, RestResponses responses,
                            Idempotency idempotency, ObjectMapper json) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Override
    public CompletionStage<Response> createWebhook(String ws, WebhookCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return issue(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/webhooks", write(b), 201,
                () -> service.create(c, ws, WebhookRequests.draft(b)));
    }

    @Override
    public CompletionStage<Response> listWebhooks(String ws, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, Pages.of(limit, cursor, "createdAt")).chain(page ->
                page.items().isEmpty() ? Uni.createFrom().item(WebhookDtos.of(page, Map.of()))
                        : service.projectKeys(caller.get(), page.items().get(0).workspaceId(), page.items())
                        .map(keys -> WebhookDtos.of(page, keys))), dto -> dto);
    }

    @Override
    public CompletionStage<Response> getWebhook(String ws, UUID webhookId) {
        return responses.ok(view(service.get(caller.get(), ws, webhookId.toString())), v -> v.dto,
                v -> v.subscription.version());
    }

    @Override
    public CompletionStage<Response> updateWebhook(String ws, UUID webhookId, Map body, String ifMatch) {
        var patch = WebhookRequests.patch(body);
        return responses.ok(view(service.update(caller.get(), ws, webhookId.toString(), Versions.ifMatch(ifMatch),
                patch)), v -> v.dto, v -> v.subscription.version());
    }

    @Override
    public CompletionStage<Response> deleteWebhook(String ws, UUID webhookId, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, webhookId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> rotateWebhookSecret(String ws, UUID webhookId, String idempotencyKey) {
        Caller c = caller.get();
        return issue(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/webhooks/" + webhookId + "/rotate-secret",
                "", 200, () -> service.rotateSecret(c, ws, webhookId.toString()));
    }

    /** The subscription with its secret when this request made it; a replay has no secret. */
    private CompletionStage<Response> issue(Caller c, String idempotencyKey, String operation, String request,
                                            int status, Supplier<Uni<WebhookSubscription>> useCase) {
        AtomicReference<Object> fresh = new AtomicReference<>();
        return idempotency.run(c, idempotencyKey, operation, request, () -> useCase.get()
                        .chain(s -> service.projectKeys(c, s.workspaceId(), List.of(s)).map(keys -> {
                            fresh.set(WebhookDtos.withSecret(s, keys, true));
                            return new RecordedResponse(status, write(WebhookDtos.withSecret(s, keys, false)),
                                    status == 201 ? location(s) : null);
                        })))
                .map(recorded -> {
                    Object entity = fresh.get() != null ? fresh.get() : recorded.body();
                    Response.ResponseBuilder response = Response.status(recorded.status()).entity(entity)
                            .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store");
                    try {
                        response.tag(String.valueOf(json.readTree(recorded.body()).path("version").asLong(0)));
                    } catch (JsonProcessingException e) {
                        // no ETag then
                    }
                    return recorded.location() == null ? response.build()
                            : response.location(URI.create(recorded.location())).build();
                })
                .subscribeAsCompletionStage();
    }

    private static String location(WebhookSubscription s) {
        return "/api/v1/workspaces/" + s.workspaceId() + "/webhooks/" + s.id();
    }

    private Uni<View> view(Uni<WebhookSubscription> subscription) {
        Caller c = caller.get();
        return subscription.chain(s -> service.projectKeys(c, s.workspaceId(), List.of(s))
                .map(keys -> new View(s, WebhookDtos.of(s, keys))));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }

    /** A subscription with its REST representation (which needs its project's key). */
    private record View(WebhookSubscription subscription, io.worklane.openapi.model.Webhook dto) {
    }
}
