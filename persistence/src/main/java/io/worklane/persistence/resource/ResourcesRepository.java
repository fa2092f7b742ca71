package io.worklane.persistence.resource;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ResourcesRepository implements Resources {
    private static final String SELECT = "SELECT " + ResourceMapping.COLUMNS + " FROM resources";
    private static final String LIVE = " AND archived_at IS NULL";
    private final Sql sql;

    public ResourcesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Resource>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2" + LIVE, Tuple.of(workspaceId, id),
                ResourceMapping::fromRow);
    }

    @Override
    public Uni<List<Resource>> byIds(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.list(SELECT + " WHERE workspace_id = $1 AND id = ANY($2)" + LIVE,
                Tuple.of(workspaceId, ids.toArray(UUID[]::new)), ResourceMapping::fromRow);
    }

    @Override
    public Uni<Page<Resource>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("archived_at IS NULL");
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        ResourceMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", r -> Keyset.timestampValue(r.createdAt()),
                        Resource::id));
    }

    @Override
    public Uni<List<Resource>> all(UUID workspaceId, UUID only) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("archived_at IS NULL")
                .whereIf(only != null, "id = ?", only);
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id", p.tuple(), ResourceMapping::fromRow);
    }

    @Override
    public Uni<Resource> insert(Resource resource) {
        return Writes.persist(ResourceMapping.copy(resource, new ResourceEntity()), "Resource " + resource.id())
                .map(ResourceMapping::fromEntity);
    }

    @Override
    public Uni<Resource> update(Resource changed) {
        return Writes.update(ResourceEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Resource " + changed.id(), () -> notFound(changed.id()), e -> ResourceMapping.copy(changed, e))
                .map(ResourceMapping::fromEntity);
    }

    @Override
    public Uni<Void> archive(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.update(ResourceEntity.class, id, workspaceId, expectedVersion, "Resource " + id,
                        () -> notFound(id), e -> {
                            e.archivedAt = Instant.now();
                            e.memberId = null;
                        })
                .chain(e -> Writes.inSession(s -> s.createNativeQuery("DELETE FROM allocations WHERE resource_id = :id")
                        .setParameter("id", id).executeUpdate()
                        .chain(n -> s.createNativeQuery("DELETE FROM time_timers WHERE resource_id = :id")
                                .setParameter("id", id).executeUpdate())))
                .replaceWithVoid();
    }

    @Override
    public Uni<Boolean> memberTaken(UUID workspaceId, UUID memberId, UUID except) {
        return sql.one("SELECT 1 AS one FROM resources WHERE workspace_id = $1 AND member_id = $2 AND id <> $3" + LIVE,
                Tuple.of(workspaceId, memberId, except), row -> true).map(Optional::isPresent);
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.RESOURCE_NOT_FOUND, "Resource", id.toString());
    }
}
