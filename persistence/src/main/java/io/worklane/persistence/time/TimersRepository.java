package io.worklane.persistence.time;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.time.Timer;
import io.worklane.domain.time.Timers;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TimersRepository implements Timers {
    private static final String SELECT = "SELECT id, workspace_id, resource_id, work_item_id, billable, note,"
            + " started_at FROM time_timers";
    private final Sql sql;

    public TimersRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Timer>> ofResource(UUID workspaceId, UUID resourceId) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND resource_id = $2", Tuple.of(workspaceId, resourceId),
                TimersRepository::fromRow);
    }

    @Override
    public Uni<List<Timer>> running(UUID workspaceId) {
        return sql.list(SELECT + " WHERE workspace_id = $1 ORDER BY started_at, id LIMIT 1000", Tuple.of(workspaceId),
                TimersRepository::fromRow);
    }

    @Override
    public Uni<Timer> start(Timer t) {
        // ON CONFLICT: the unique resource_id decides between two concurrent starts without failing the transaction
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO time_timers (id, workspace_id, resource_id,"
                        + " work_item_id, billable, note, started_at, version, created_at, updated_at) VALUES (:id, :ws,"
                        + " :resource, :item, :billable, :note, :at, 0, :at, :at) ON CONFLICT (resource_id) DO NOTHING")
                .setParameter("id", t.id()).setParameter("ws", t.workspaceId()).setParameter("resource", t.resourceId())
                .setParameter("item", t.workItemId()).setParameter("billable", t.billable())
                .setParameter("note", t.note()).setParameter("at", t.startedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate()).map(n -> {
                    if (n == 0) {
                        throw new DomainException(ErrorCode.TIMER_ALREADY_RUNNING, "Resource " + t.resourceId()
                                + " already has a running timer. Stop it first.");
                    }
                    return t;
                });
    }

    @Override
    public Uni<Void> stop(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM time_timers WHERE workspace_id = :ws AND id = :id")
                .setParameter("ws", workspaceId).setParameter("id", id).executeUpdate()).map(n -> {
                    // a concurrent stop took it first: this one must not log the time a second time
                    if (n == 0) {
                        throw new DomainException(ErrorCode.TIMER_NOT_RUNNING, "The timer was stopped meanwhile.");
                    }
                    return null;
                });
    }

    private static Timer fromRow(Row r) {
        return new Timer(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("resource_id"),
                r.getUUID("work_item_id"), r.getBoolean("billable"), r.getString("note"),
                Rows.instant(r, "started_at"));
    }
}
