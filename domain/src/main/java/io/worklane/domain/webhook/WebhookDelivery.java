package io.worklane.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message to one subscription, with its attempts (oldest first): an event, a replayed event or a ping.
 * Every attempt carries {@code messageId} as webhook-id, so a receiver can drop duplicates.
 *
 * @param eventId       null for a ping
 * @param eventSeq      null for a ping
 * @param nextAttemptAt when PENDING, when it is due; null otherwise
 */
public record WebhookDelivery(UUID id, UUID workspaceId, UUID subscriptionId, String messageId, UUID eventId,
                              Long eventSeq, String eventType, DeliveryStatus status, int attempts,
                              Instant nextAttemptAt, Instant createdAt, List<DeliveryAttempt> attemptLog) {
    public WebhookDelivery {
        attemptLog = List.copyOf(attemptLog);
    }

    public WebhookDelivery withAttempts(List<DeliveryAttempt> log) {
        return new WebhookDelivery(id, workspaceId, subscriptionId, messageId, eventId, eventSeq, eventType, status,
                attempts, nextAttemptAt, createdAt, log);
    }
}
