package io.worklane.api.application.shared;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.event.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Records what a use case did as an event in the outbox, inside the use case's transaction. */
@ApplicationScoped
public class Events {
    private final Outbox outbox;

    public Events(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> record(String type, UUID workspaceId, UUID subjectId, Caller caller, Instant at,
                            Map<String, Object> data, Map<String, Object> before) {
        Map<String, Object> previous = before == null ? null : changedFields(before, data);
        return outbox.append(new DomainEvent(type, workspaceId, subjectId, caller.actorIn(workspaceId), at, data, previous))
                .replaceWithVoid();
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
