package io.worklane.api.rest.webhook;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.webhook.WebhookDeliveryService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.WebhookDeliveriesApi;
import io.worklane.openapi.model.WebhookReplayRequest;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** A subscription's delivery log, ping, redelivery and replay over REST; actions answer 202 (sent later). */
@Authenticated
public class WebhookDeliveriesResource implements WebhookDeliveriesApi {
    private final WebhookDeliveryService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public WebhookDeliveriesResource(WebhookDeliveryService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> listWebhookDeliveries(String ws, UUID webhookId, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, webhookId.toString(),
                Pages.of(limit, cursor, "-createdAt")), WebhookDeliveryDtos::of);
    }

    @Override
    public CompletionStage<Response> getWebhookDelivery(String ws, UUID webhookId, UUID deliveryId) {
        return responses.list(service.get(caller.get(), ws, webhookId.toString(), deliveryId.toString()),
                WebhookDeliveryDtos::of);
    }

    @Override
    public CompletionStage<Response> testWebhook(String ws, UUID webhookId) {
        return accepted(service.test(caller.get(), ws, webhookId.toString()).map(WebhookDeliveryDtos::of));
    }

    @Override
    public CompletionStage<Response> redeliverWebhookDelivery(String ws, UUID webhookId, UUID deliveryId) {
        return accepted(service.redeliver(caller.get(), ws, webhookId.toString(), deliveryId.toString())
                .map(WebhookDeliveryDtos::of));
    }

    @Override
    public CompletionStage<Response> replayWebhook(String ws, UUID webhookId, WebhookReplayRequest body) {
        return accepted(service.replay(caller.get(), ws, webhookId.toString(), body.getFromSeq(), body.getToSeq())
                .map(WebhookDeliveryDtos::of));
    }

    private static CompletionStage<Response> accepted(Uni<?> dto) {
        return dto.map(d -> Response.accepted(d).build()).subscribeAsCompletionStage();
    }
}
