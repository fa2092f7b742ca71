package io.worklane.domain.event;

import io.worklane.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An event as the outbox keeps it: with its per-workspace, gap-free {@code seq}. */
public record StoredEvent(UUID id, long seq, String type, UUID subjectId, Actor actor, Instant occurredAt,
                          Map<String, Object> data, Map<String, Object> previous) {

    /** The same event with other data (a reader's narrowed view of it). */
    public StoredEvent withData(Map<String, Object> newData, Map<String, Object> newPrevious) {
        return new StoredEvent(id, seq, type, subjectId, actor, occurredAt, newData, newPrevious);
    }
}
