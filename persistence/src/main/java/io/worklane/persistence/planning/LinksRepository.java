package io.worklane.persistence.planning;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.planning.Link;
import io.worklane.domain.planning.LinkType;
import io.worklane.domain.planning.Links;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LinksRepository implements Links {
    private static final String SELECT = "SELECT id, workspace_id, source_id, target_id, type, version, created_at"
            + " FROM work_item_links";
    private final Sql sql;

    public LinksRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Link>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                LinksRepository::fromRow);
    }

    @Override
    public Uni<List<Link>> touching(UUID workspaceId, Collection<UUID> itemIds) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND (source_id = ANY($2) OR target_id = ANY($2))"
                        + " ORDER BY created_at, id", Tuple.of(workspaceId, itemIds.toArray(UUID[]::new)),
                LinksRepository::fromRow);
    }

    @Override
    public Uni<Link> insert(Link l) {
        LinkEntity e = new LinkEntity();
        e.id = l.id();
        e.workspaceId = l.workspaceId();
        e.sourceId = l.sourceId();
        e.targetId = l.targetId();
        e.type = l.type().name();
        e.createdAt = l.createdAt();
        e.updatedAt = l.createdAt();
        return Writes.persist(e, "This link").map(x -> l);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM work_item_links"
                        + " WHERE workspace_id = :ws AND id = :id").setParameter("ws", workspaceId).setParameter("id", id)
                .executeUpdate()).invoke(n -> {
                    if (n == 0) {
                        throw DomainException.notFound(ErrorCode.LINK_NOT_FOUND, "Link", id.toString());
                    }
                }).replaceWithVoid();
    }

    private static Link fromRow(Row r) {
        return new Link(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("source_id"), r.getUUID("target_id"),
                LinkType.valueOf(r.getString("type")), r.getLong("version"), Rows.instant(r, "created_at"));
    }
}
