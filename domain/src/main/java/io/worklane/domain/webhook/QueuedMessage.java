package io.worklane.domain.webhook;

import java.util.List;
import java.util.UUID;

/**
 * A message ready to be queued for a subscription: the webhook-id, what it is about and the body every
 * attempt sends.
 *
 * @param eventId  null for a ping
 * @param eventSeq null for a ping
 */
public record QueuedMessage(String messageId, UUID eventId, Long eventSeq, String eventType, String body) {

    /** The messages of {@code events} that {@code subscription} wants, in seq order, full or thin by {@code capBytes}. */
    public static List<QueuedMessage> wantedBy(WebhookSubscription subscription, List<OutboxEvent> events,
                                               int capBytes) {
        return events.stream().filter(subscription::wants)
                .map(e -> new QueuedMessage(WebhookMessage.messageId(e.id()), e.id(), e.seq(), e.type(),
                        WebhookMessage.forEvent(e.id(), e.type(), e.occurredAt(), e.workspaceId(), e.seq(),
                                e.subjectId(), e.dataJson(), e.previousJson(), capBytes)))
                .toList();
    }
}
