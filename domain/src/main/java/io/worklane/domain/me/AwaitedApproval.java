package io.worklane.domain.me;

import java.time.Instant;
import java.util.UUID;

/** An approval still pending that the person may decide and has not decided yet. */
public record AwaitedApproval(UUID id, UUID workspaceId, String workspaceSlug, UUID workItemId, String workItemKey,
                              String workItemTitle, String policy, String requestedByName, Instant requestedAt) {
}
