package io.worklane.domain.event;

import io.worklane.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An event as the outbox keeps it: with its per-workspace, gap-free {@code seq}. */
public record StoredEvent(UUID id, long seq, String type, UUID subjectId, Actor actor, Instant occurredAt,
                          Map<String, Object> data, Map<String, Object> previous) {
}
