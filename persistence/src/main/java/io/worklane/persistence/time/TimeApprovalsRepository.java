package io.worklane.persistence.time;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.time.TimeApproval;
import io.worklane.domain.time.TimeApprovals;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class TimeApprovalsRepository implements TimeApprovals {
    private static final String SELECT = "SELECT id, workspace_id, resource_id, from_date, to_date, approved_by,"
            + " approved_at, version, created_at FROM time_approvals";
    private final Sql sql;

    public TimeApprovalsRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * In the use case's transaction, under the resource's time lock (held to commit), then read in a
     * second statement: a statement's snapshot is taken before it waits for the lock, so the check comes
     * after. An approval takes the same lock before it is written, so a period cannot be approved between
     * this check and the commit of the entry it allowed.
     */
    @Override
    public Uni<Boolean> locks(UUID workspaceId, UUID resourceId, LocalDate day) {
        return Writes.inSession(s -> lock(s, resourceId).chain(() -> Writes.<Long>nativeQuery(s, "SELECT count(*)"
                        + " FROM time_approvals WHERE workspace_id = :ws AND resource_id = :resource AND from_date <= :day"
                        + " AND to_date >= :day").setParameter("ws", workspaceId)
                .setParameter("resource", resourceId).setParameter("day", day).getSingleResult()))
                .map(count -> count > 0);
    }

    /** Serialises logging a resource's time with approving it (a transaction-scoped advisory lock). */
    private static Uni<Void> lock(Mutiny.Session s, UUID resourceId) {
        return Writes.advisoryLock(s, "time:" + resourceId);
    }

    @Override
    public Uni<Optional<TimeApproval>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                TimeApprovalsRepository::fromRow);
    }

    @Override
    public Uni<Page<TimeApproval>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        TimeApprovalsRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt",
                        a -> Keyset.timestampValue(a.approvedAt()), TimeApproval::id));
    }

    @Override
    public Uni<TimeApproval> insert(TimeApproval a) {
        return Writes.inSession(s -> lock(s, a.resourceId()).chain(() -> s.createNativeQuery("INSERT INTO time_approvals (id, workspace_id, resource_id,"
                        + " from_date, to_date, approved_by, approved_at, version, created_at, updated_at) VALUES (:id,"
                        + " :ws, :resource, :from, :to, :by, :at, 0, :at, :at)")
                .setParameter("id", a.id()).setParameter("ws", a.workspaceId()).setParameter("resource", a.resourceId())
                .setParameter("from", a.from()).setParameter("to", a.to()).setParameter("by", a.approvedBy())
                .setParameter("at", a.approvedAt().atOffset(java.time.ZoneOffset.UTC)).executeUpdate()))
                .replaceWith(a);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM time_approvals WHERE workspace_id = :ws"
                        + " AND id = :id").setParameter("ws", workspaceId).setParameter("id", id).executeUpdate())
                .replaceWithVoid();
    }

    private static TimeApproval fromRow(Row r) {
        return new TimeApproval(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("resource_id"),
                r.getLocalDate("from_date"), r.getLocalDate("to_date"), r.getString("approved_by"),
                Rows.instant(r, "approved_at"), r.getLong("version"));
    }
}
