package io.worklane.persistence.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.audit.AuditEvent;
import io.worklane.domain.audit.AuditLog;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.UUID;

/** Audit events: written with the change (session) or alone (pool); read newest-last with keyset pages. */
@ApplicationScoped
public class AuditLogRepository implements AuditLog {
    private static final String INSERT = "INSERT INTO audit_events (id, workspace_id, occurred_at, action, actor_kind,"
            + " actor_id, actor_name, target_kind, target_id, details)";
    private static final String COLUMNS = "id, workspace_id, occurred_at, action, actor_kind, actor_id, actor_name,"
            + " target_kind, target_id, details::text AS details";
    private final Sql sql;

    public AuditLogRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Void> record(AuditEvent e) {
        return Writes.inSession(s -> s.createNativeQuery(INSERT + " VALUES (:id, :ws, :at, :action, :ak, :ai, :an, :tk,"
                        + " :ti, cast(cast(:details AS text) AS jsonb))")
                .setParameter("id", e.id()).setParameter("ws", e.workspaceId()).setParameter("at", e.occurredAt())
                .setParameter("action", e.action()).setParameter("ak", e.actor().kind().name())
                .setParameter("ai", e.actor().id()).setParameter("an", e.actor().name())
                .setParameter("tk", e.targetKind()).setParameter("ti", e.targetId())
                .setParameter("details", Json.write(e.details())).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> recordAlone(AuditEvent e) {
        return sql.query(INSERT + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb)",
                Tuple.from(new Object[] {e.id(), e.workspaceId(), e.occurredAt().atOffset(ZoneOffset.UTC), e.action(),
                    e.actor().kind().name(), e.actor().id(), e.actor().name(), e.targetKind(), e.targetId(),
                    Json.write(e.details())})).replaceWithVoid();
    }

    @Override
    public Uni<Page<AuditEvent>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "occurred_at", page.after());
        return sql.list("SELECT " + COLUMNS + " FROM audit_events" + p.clause() + " ORDER BY occurred_at, id LIMIT "
                        + (page.limit() + 1), p.tuple(), AuditLogRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "occurredAt",
                        e -> Keyset.timestampValue(e.occurredAt()), AuditEvent::id));
    }

    private static AuditEvent fromRow(Row r) {
        return new AuditEvent(r.getUUID("id"), r.getUUID("workspace_id"), Rows.instant(r, "occurred_at"),
                r.getString("action"), new Actor(Actor.Kind.valueOf(r.getString("actor_kind")), r.getString("actor_id"),
                        r.getString("actor_name")), r.getString("target_kind"), r.getString("target_id"),
                Json.map(r.getString("details")));
    }
}
