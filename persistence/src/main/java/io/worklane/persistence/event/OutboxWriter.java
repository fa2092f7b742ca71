package io.worklane.persistence.event;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.event.Outbox;
import io.worklane.domain.shared.Ids;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends events in the caller's transaction. The per-workspace sequence is taken from the
 * workspace row under its lock, so sequence numbers are gap-free: a rolled-back transaction
 * gives its number back with everything else it did.
 */
@ApplicationScoped
public class OutboxWriter implements Outbox {
    /** One statement: the sequence number taken under the workspace row's lock, and the event inserted with it. */
    private static final String APPEND = "WITH s AS (UPDATE workspaces SET last_event_seq = last_event_seq + 1"
            + " WHERE id = :ws RETURNING last_event_seq)"
            + " INSERT INTO events (id, workspace_id, seq, type, subject_id, actor_kind, actor_id, occurred_at, data,"
            + " previous) SELECT :id, :ws, s.last_event_seq, :type, :subject, :ak, :ai, :at,"
            + " cast(cast(:data AS text) AS jsonb), cast(cast(:prev AS text) AS jsonb) FROM s";

    @Override
    public Uni<Void> append(DomainEvent event) {
        // a statement without rows read: Hibernate keeps no plan of it (ADR 0059)
        return Writes.inSession(s -> s.createNativeQuery(APPEND)
                .setParameter("id", Ids.newId()).setParameter("ws", event.workspaceId())
                .setParameter("type", event.type())
                .setParameter("subject", event.subjectId()).setParameter("ak", event.actor().kind().name())
                .setParameter("ai", event.actor().id()).setParameter("at", event.occurredAt())
                .setParameter("data", Json.write(event.data()))
                .setParameter("prev", event.previous() == null ? null : Json.write(event.previous()))
                .executeUpdate()).replaceWithVoid();
    }
}
