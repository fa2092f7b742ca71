package io.worklane.persistence.calendar;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.calendar.CalendarFeed;
import io.worklane.domain.calendar.CalendarFeeds;
import io.worklane.domain.calendar.FeedScope;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Calendar feeds in native SQL: reads on the pool, creation and revocation in the use case's session. */
@ApplicationScoped
public class CalendarFeedsRepository implements CalendarFeeds {
    private static final String SELECT = "SELECT f.id, f.workspace_id, f.owner_kind, f.owner_id, f.owner_name, f.scope,"
            + " f.project_id, (SELECT p.key FROM projects p WHERE p.id = f.project_id) AS project_key, f.token_hash,"
            + " f.token_prefix, f.created_at FROM calendar_feeds f";
    private final Sql sql;

    public CalendarFeedsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<CalendarFeed> insert(CalendarFeed f) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO calendar_feeds (id, workspace_id, owner_kind,"
                        + " owner_id, owner_name, scope, project_id, token_hash, token_prefix, created_at) VALUES (:id,"
                        + " :ws, :kind, :owner, :name, :scope, cast(:project AS uuid), :hash, :prefix, :at)")
                .setParameter("id", f.id()).setParameter("ws", f.workspaceId())
                .setParameter("kind", f.owner().kind().name()).setParameter("owner", f.owner().id())
                .setParameter("name", f.owner().name()).setParameter("scope", f.scope().name())
                .setParameter("project", f.projectId()).setParameter("hash", f.tokenHash())
                .setParameter("prefix", f.tokenPrefix()).setParameter("at", f.createdAt().atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWith(f);
    }

    @Override
    public Uni<Optional<CalendarFeed>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE f.workspace_id = $1 AND f.id = $2", Tuple.of(workspaceId, id),
                CalendarFeedsRepository::fromRow);
    }

    @Override
    public Uni<Optional<CalendarFeed>> findByTokenHash(String hash) {
        return sql.one(SELECT + " WHERE f.token_hash = $1", Tuple.of(hash), CalendarFeedsRepository::fromRow);
    }

    @Override
    public Uni<Page<CalendarFeed>> ownedBy(UUID workspaceId, Actor owner, PageRequest page) {
        Params p = new Params().where("f.workspace_id = ?", workspaceId).where("f.owner_kind = ?", owner.kind().name())
                .where("f.owner_id = ?", owner.id());
        Keyset.afterTimestamp(p, "created_at", page.after()); // f is the only table: id is f.id
        return sql.list(SELECT + p.clause() + " ORDER BY f.created_at, f.id LIMIT " + (page.limit() + 1), p.tuple(),
                CalendarFeedsRepository::fromRow).map(rows -> Keyset.page(rows, page.limit(), SORT,
                f -> Keyset.timestampValue(f.createdAt()), CalendarFeed::id));
    }

    @Override
    public Uni<Boolean> delete(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM calendar_feeds WHERE workspace_id = :ws AND id = :id")
                .setParameter("ws", workspaceId).setParameter("id", id).executeUpdate()).map(n -> n > 0);
    }

    private static CalendarFeed fromRow(Row r) {
        return new CalendarFeed(r.getUUID("id"), r.getUUID("workspace_id"), new Actor(Actor.Kind.valueOf(
                r.getString("owner_kind")), r.getString("owner_id"), r.getString("owner_name")),
                FeedScope.valueOf(r.getString("scope")), r.getUUID("project_id"), r.getString("project_key"),
                r.getString("token_hash"), r.getString("token_prefix"), Rows.instant(r, "created_at"));
    }
}
