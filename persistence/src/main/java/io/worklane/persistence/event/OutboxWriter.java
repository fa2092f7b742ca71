package io.worklane.persistence.event;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.event.Outbox;
import io.worklane.domain.shared.Ids;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    /** Many events: the sequence numbers taken as a range under the same lock, the events inserted in order. */
    private static final String APPEND_ALL = "WITH s AS (UPDATE workspaces SET last_event_seq = last_event_seq + :count"
            + " WHERE id = :ws RETURNING last_event_seq - :count AS base)"
            + " INSERT INTO events (id, workspace_id, seq, type, subject_id, actor_kind, actor_id, occurred_at, data,"
            + " previous) SELECT r.id, :ws, s.base + r.n, r.type, r.subject, r.ak, r.ai, r.at, r.data,"
            + " nullif(r.prev, 'null'::jsonb) FROM s, jsonb_to_recordset(cast(cast(:rows AS text) AS jsonb))"
            + " AS r(n bigint, id uuid, type text, subject uuid, ak text, ai text, at timestamptz, data jsonb, prev jsonb)"
            + " ORDER BY r.n";

    @Override
    public Uni<Void> appendAll(UUID workspaceId, List<DomainEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            DomainEvent e = events.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("n", i + 1);
            row.put("id", Ids.newId().toString());
            row.put("type", e.type());
            row.put("subject", e.subjectId() == null ? null : e.subjectId().toString());
            row.put("ak", e.actor().kind().name());
            row.put("ai", e.actor().id());
            row.put("at", e.occurredAt().toString());
            row.put("data", e.data());
            row.put("prev", e.previous());
            rows.add(row);
        }
        return Writes.inSession(s -> s.createNativeQuery(APPEND_ALL).setParameter("count", (long) events.size())
                .setParameter("ws", workspaceId).setParameter("rows", Json.write(rows)).executeUpdate()).replaceWithVoid();
    }

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
