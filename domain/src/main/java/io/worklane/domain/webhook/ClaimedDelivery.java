package io.worklane.domain.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery a worker has leased for one attempt: what to send, where, and with which secrets.
 *
 * @param attempt     the number of this attempt in its round, from 1
 * @param leasedUntil when the lease ends; after it another worker may take the delivery again
 */
public record ClaimedDelivery(UUID id, UUID workspaceId, UUID subscriptionId, String messageId, String body,
                              int attempt, WebhookUrl url, SigningSecrets secrets, Instant leasedUntil) {
}
