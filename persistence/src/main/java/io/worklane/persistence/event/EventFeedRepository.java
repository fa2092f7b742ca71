package io.worklane.persistence.event;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.event.EventFeed;
import io.worklane.domain.event.StoredEvent;
import io.worklane.domain.shared.Actor;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The outbox read in seq order (served by the unique (workspace_id, seq) index) and purged by age, never
 * past what an active webhook subscription still has to fan out.
 * Seqs are taken under the workspace row's lock and committed in order, so a reader never sees a
 * higher seq before a lower one of the same workspace.
 */
@ApplicationScoped
public class EventFeedRepository implements EventFeed {
    // an event an active webhook subscription has not fanned out yet is kept (ADR 0023): its cursor holds it
    private static final String PURGE = "WITH doomed AS (SELECT id FROM events e WHERE occurred_at < $1"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_subscriptions s WHERE s.workspace_id = e.workspace_id"
            + " AND s.status = 'ACTIVE' AND s.delivered_through_seq < e.seq)"
            + " ORDER BY occurred_at LIMIT $2),"
            + " gone AS (DELETE FROM events e USING doomed d WHERE e.id = d.id RETURNING e.workspace_id, e.seq),"
            + " marked AS (UPDATE workspaces w SET events_purged_through = GREATEST(w.events_purged_through, g.top)"
            + " FROM (SELECT workspace_id, max(seq) AS top FROM gone GROUP BY workspace_id) g"
            + " WHERE w.id = g.workspace_id RETURNING 1)"
            + " SELECT count(*) AS n FROM gone";
    private final Sql sql;

    public EventFeedRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<List<StoredEvent>> after(UUID workspaceId, long afterSeq, int limit) {
        return sql.list("SELECT id, seq, type, subject_id, actor_kind, actor_id, occurred_at, data::text AS data,"
                        + " previous::text AS previous FROM events WHERE workspace_id = $1 AND seq > $2"
                        + " ORDER BY seq LIMIT $3", Tuple.of(workspaceId, afterSeq, limit),
                EventFeedRepository::fromRow);
    }

    @Override
    public Uni<Long> lastSeq(UUID workspaceId) {
        return sql.one("SELECT last_event_seq FROM workspaces WHERE id = $1", Tuple.of(workspaceId),
                row -> row.getLong("last_event_seq")).map(found -> found.orElse(0L));
    }

    @Override
    public Uni<Long> purgedThrough(UUID workspaceId) {
        return sql.one("SELECT events_purged_through FROM workspaces WHERE id = $1", Tuple.of(workspaceId),
                row -> row.getLong("events_purged_through")).map(found -> found.orElse(0L));
    }

    @Override
    public Uni<Integer> purgeBefore(Instant cutoff, int batch) {
        return sql.one(PURGE, Tuple.of(cutoff.atOffset(ZoneOffset.UTC), batch), row -> row.getLong("n").intValue())
                .map(found -> found.orElse(0));
    }

    private static StoredEvent fromRow(Row r) {
        String previous = r.getString("previous");
        return new StoredEvent(r.getUUID("id"), r.getLong("seq"), r.getString("type"), r.getUUID("subject_id"),
                new Actor(Actor.Kind.valueOf(r.getString("actor_kind")), r.getString("actor_id"), null),
                Rows.instant(r, "occurred_at"), Json.map(r.getString("data")),
                previous == null ? null : Json.map(previous));
    }
}
