package io.worklane.api.application.shared;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.event.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Records what a use case did as an event in the outbox, inside the use case's transaction. */
@ApplicationScoped
public class Events {
    private final Outbox outbox;
    private final Instance<EventReaction> reactions;

    public Events(Outbox outbox, Instance<EventReaction> reactions) {
        this.outbox = outbox;
        this.reactions = reactions;
    }

    public Uni<Void> record(String type, UUID workspaceId, UUID subjectId, Caller caller, Instant at,
                            Map<String, Object> data, Map<String, Object> before) {
        Map<String, Object> previous = before == null ? null : changedFields(before, data);
        DomainEvent event = new DomainEvent(type, workspaceId, subjectId, caller.actorIn(workspaceId), at,
                inBulk(data, caller), previous);
        return outbox.append(event).chain(() -> react(event, caller));
    }

    /** What one subject of {@link #recordAll} did. */
    public record Occurred(UUID subjectId, Instant at, Map<String, Object> data) {
    }

    /**
     * {@link #record} of many subjects at once (an import's chunk, ADR 0083): the same events, with no previous
     * values, appended in one statement with consecutive sequence numbers, and the reactions given them together.
     */
    public Uni<Void> recordAll(String type, UUID workspaceId, Caller caller, List<Occurred> occurred) {
        List<DomainEvent> all = occurred.stream().map(o -> new DomainEvent(type, workspaceId, o.subjectId(),
                caller.actorIn(workspaceId), o.at(), inBulk(o.data(), caller), null)).toList();
        return outbox.appendAll(workspaceId, all).chain(() -> {
            Uni<Void> reacted = Uni.createFrom().voidItem();
            for (EventReaction reaction : reactions) {
                reacted = reacted.chain(() -> reaction.reactAll(all, caller));
            }
            return reacted;
        });
    }

    /** The reactions run one after the other, in the use case's session (it is not shared concurrently). */
    private Uni<Void> react(DomainEvent event, Caller caller) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (EventReaction reaction : reactions) {
            all = all.chain(() -> reaction.react(event, caller));
        }
        return all;
    }

    /** A change made as part of a bulk change says which one (ADR 0060): consumers can group its events. */
    private static Map<String, Object> inBulk(Map<String, Object> data, Caller caller) {
        if (caller.bulkId() == null || data == null) {
            return data;
        }
        Map<String, Object> tagged = new LinkedHashMap<>(data);
        tagged.put("bulkId", caller.bulkId().toString());
        return tagged;
    }

    /** The old values of the fields that changed: what webhook consumers need to react to a change. */
    static Map<String, Object> changedFields(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> previous = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field)) && !"version".equals(field) && !"updatedAt".equals(field)) {
                previous.put(field, old);
            }
        });
        return previous;
    }
}
