package io.worklane.api.rest.webhook;

import io.worklane.api.application.webhook.WebhookDeliveryService;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Page;
import io.worklane.domain.webhook.DeliveryAttempt;
import io.worklane.domain.webhook.WebhookDelivery;
import io.worklane.openapi.model.WebhookDeliveryAttempt;
import io.worklane.openapi.model.WebhookDeliveryList;
import io.worklane.openapi.model.WebhookReplay;

/** Deliveries and their attempts in their REST shapes, field by field. */
final class WebhookDeliveryDtos {
    private WebhookDeliveryDtos() {
    }

    static io.worklane.openapi.model.WebhookDelivery of(WebhookDelivery d) {
        return new io.worklane.openapi.model.WebhookDelivery().id(d.id()).webhookId(d.subscriptionId())
                .messageId(d.messageId()).eventId(d.eventId()).eventSeq(d.eventSeq()).eventType(d.eventType())
                .status(io.worklane.openapi.model.WebhookDelivery.StatusEnum.fromValue(d.status().name()))
                .nextAttemptAt(d.nextAttemptAt() == null ? null : Dates.utc(d.nextAttemptAt()))
                .createdAt(Dates.utc(d.createdAt()))
                .attempts(d.attemptLog().stream().map(WebhookDeliveryDtos::of).toList());
    }

    static WebhookDeliveryAttempt of(DeliveryAttempt a) {
        return new WebhookDeliveryAttempt().attemptedAt(Dates.utc(a.attemptedAt())).statusCode(a.statusCode())
                .latencyMs(a.latencyMs()).error(a.error()).responseBody(a.responseBody());
    }

    static WebhookDeliveryList of(Page<WebhookDelivery> page) {
        return new WebhookDeliveryList().items(page.items().stream().map(WebhookDeliveryDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    static WebhookReplay of(WebhookDeliveryService.Replayed r) {
        return new WebhookReplay().fromSeq(r.fromSeq()).toSeq(r.toSeq()).queued(r.queued());
    }
}
