package io.worklane.domain.event;

import java.util.UUID;

/** Word that an event was committed: enough to read it, not the event itself. */
public record EventNotice(UUID workspaceId, long seq, UUID id, String type) {
}
