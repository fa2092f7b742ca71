package io.worklane.domain.notification;

import java.time.Instant;
import java.util.UUID;

/** A member following a work item, and why. */
public record Watcher(UUID workspaceId, UUID workItemId, UUID memberId, WatchReason reason, Instant since) {
}
