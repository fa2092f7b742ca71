package io.worklane.domain.notification;

import java.util.List;
import java.util.UUID;

/** A mail of the outbox leased by one worker: its own notification (IMMEDIATE) or those of a digest. */
public record ClaimedMail(UUID id, UUID workspaceId, UUID memberId, boolean digest, List<UUID> notificationIds,
                          int attempt) {
}
