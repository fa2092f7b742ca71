package io.worklane.domain.event;

import io.worklane.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A fact that happened, named in the past tense ({@code work_item.created}). Appended to the
 * outbox in the transaction of the change; {@code previous} holds changed fields' old values.
 */
public record DomainEvent(String type, UUID workspaceId, UUID subjectId, Actor actor, Instant occurredAt,
                          Map<String, Object> data, Map<String, Object> previous) {
}
