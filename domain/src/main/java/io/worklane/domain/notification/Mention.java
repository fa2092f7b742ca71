package io.worklane.domain.notification;

import java.time.Instant;
import java.util.UUID;

/** A member mentioned in a work item's description ({@code commentId} null) or in one of its comments. */
public record Mention(UUID id, UUID workspaceId, UUID workItemId, UUID commentId, UUID memberId, Instant createdAt) {
}
