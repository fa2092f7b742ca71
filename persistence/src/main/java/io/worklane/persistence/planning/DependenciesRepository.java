package io.worklane.persistence.planning;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.DependencyCycles;
import io.worklane.domain.planning.DependencyType;
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
public class DependenciesRepository implements Dependencies {
    static final String SELECT = "SELECT id, workspace_id, predecessor_id, successor_id, type, lag_days, version,"
            + " created_at FROM work_item_dependencies";
    /** Edges reachable from an item along successors; UNION (not ALL) visits each item once, so it ends. */
    private static final String REACHABLE = "WITH RECURSIVE reach(id) AS (SELECT cast(:item AS uuid)"
            + " UNION SELECT d.successor_id FROM work_item_dependencies d JOIN reach r ON d.predecessor_id = r.id"
            + " WHERE d.workspace_id = :ws)"
            + " SELECT cast(d.predecessor_id AS text), cast(d.successor_id AS text) FROM work_item_dependencies d"
            + " JOIN reach r ON d.predecessor_id = r.id WHERE d.workspace_id = :ws";
    private final Sql sql;

    public DependenciesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Dependency>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                DependenciesRepository::fromRow);
    }

    @Override
    public Uni<List<Dependency>> touching(UUID workspaceId, Collection<UUID> itemIds) {
        UUID[] ids = itemIds.toArray(UUID[]::new);
        return sql.list(SELECT + " WHERE workspace_id = $1 AND (predecessor_id = ANY($2) OR successor_id = ANY($2))"
                + " ORDER BY created_at, id", Tuple.of(workspaceId, ids), DependenciesRepository::fromRow);
    }

    @Override
    public Uni<List<Dependency>> ofProject(UUID workspaceId, UUID projectId) {
        String items = "(SELECT id FROM work_items WHERE workspace_id = $1 AND project_id = $2)";
        return sql.list(SELECT + " WHERE workspace_id = $1 AND (successor_id IN " + items + " OR predecessor_id IN "
                + items + ")", Tuple.of(workspaceId, projectId), DependenciesRepository::fromRow);
    }

    @Override
    public Uni<List<Dependency>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        String items = "(SELECT id FROM work_items WHERE workspace_id = $1 AND project_id = ANY($2))";
        return sql.list(SELECT + " WHERE workspace_id = $1 AND (successor_id IN " + items + " OR predecessor_id IN "
                + items + ")", Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), DependenciesRepository::fromRow);
    }

    @Override
    public Uni<List<Dependency>> into(UUID workspaceId, Collection<UUID> successorIds) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND successor_id = ANY($2) ORDER BY created_at, id",
                Tuple.of(workspaceId, successorIds.toArray(UUID[]::new)), DependenciesRepository::fromRow);
    }

    @Override
    public Uni<List<DependencyCycles.Edge>> reachableFrom(UUID workspaceId, UUID itemId) {
        // through the session: after the lock, and seeing this transaction's own inserts
        return Writes.inSession(s -> s.createNativeQuery(REACHABLE).setParameter("item", itemId)
                        .setParameter("ws", workspaceId).getResultList())
                .map(rows -> rows.stream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new DependencyCycles.Edge(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]));
                }).toList());
    }

    @Override
    public Uni<Void> lock(UUID workspaceId) {
        return Writes.advisoryLock("dependencies:" + workspaceId);
    }

    @Override
    public Uni<Dependency> insert(Dependency d) {
        return Writes.persist(copy(d), "This dependency").map(e -> d);
    }

    @Override
    public Uni<Void> insertAll(List<Dependency> dependencies) {
        return Writes.inSession(s -> s.persistAll(dependencies.stream().map(DependenciesRepository::copy).toArray())
                .chain(s::flush));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM work_item_dependencies"
                        + " WHERE workspace_id = :ws AND id = :id").setParameter("ws", workspaceId).setParameter("id", id)
                .executeUpdate()).invoke(n -> {
                    if (n == 0) {
                        throw DomainException.notFound(ErrorCode.DEPENDENCY_NOT_FOUND, "Dependency", id.toString());
                    }
                }).replaceWithVoid();
    }

    static DependencyEntity copy(Dependency d) {
        DependencyEntity e = new DependencyEntity();
        e.id = d.id();
        e.workspaceId = d.workspaceId();
        e.predecessorId = d.predecessorId();
        e.successorId = d.successorId();
        e.type = d.type().name();
        e.lagDays = d.lagDays();
        e.createdAt = d.createdAt();
        e.updatedAt = d.createdAt();
        return e;
    }

    /** By position, in the order of {@link #SELECT} (projects read 20,000 of them at a time). */
    static Dependency fromRow(Row r) {
        return new Dependency(r.getUUID(0), r.getUUID(1), r.getUUID(2), r.getUUID(3),
                DependencyType.valueOf(r.getString(4)), r.getInteger(5), r.getLong(6), Rows.instant(r, 7));
    }
}
