package io.worklane.persistence.planning;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.planning.Phases;
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
public class PhasesRepository implements Phases {
    private static final String SELECT = "SELECT id, workspace_id, project_id, name, position, start_date, end_date,"
            + " version, created_at, updated_at FROM phases";
    private final Sql sql;

    public PhasesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Phase>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                PhasesRepository::fromRow);
    }

    @Override
    public Uni<List<Phase>> ofProject(UUID workspaceId, UUID projectId) {
        return ofProjects(workspaceId, List.of(projectId));
    }

    @Override
    public Uni<List<Phase>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = ANY($2) ORDER BY position, created_at, id",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), PhasesRepository::fromRow);
    }

    @Override
    public Uni<Phase> insert(Phase p) {
        return Writes.persist(copy(p, new PhaseEntity()), "Phase " + p.name()).map(PhasesRepository::fromEntity);
    }

    @Override
    public Uni<Void> makeRoom(UUID workspaceId, UUID projectId, int position) {
        return Writes.inSession(s -> s.createNativeQuery("UPDATE phases SET position = position + 1, version = version + 1"
                        + " WHERE workspace_id = :ws AND project_id = :project AND position >= :position")
                .setParameter("ws", workspaceId).setParameter("project", projectId).setParameter("position", position)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Phase> update(Phase changed) {
        return Writes.update(PhaseEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Phase " + changed.name(), () -> notFound(changed.id()), e -> copy(changed, e))
                .map(PhasesRepository::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(PhaseEntity.class, id, workspaceId, expectedVersion, "Phase " + id, () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.PHASE_NOT_FOUND, "Phase", id.toString());
    }

    private static PhaseEntity copy(Phase p, PhaseEntity e) {
        e.id = p.id();
        e.workspaceId = p.workspaceId();
        e.projectId = p.projectId();
        e.name = p.name();
        e.position = p.position();
        e.startDate = p.startDate();
        e.endDate = p.endDate();
        e.createdAt = p.createdAt();
        e.updatedAt = p.updatedAt();
        return e;
    }

    private static Phase fromEntity(PhaseEntity e) {
        return new Phase(e.id, e.workspaceId, e.projectId, e.name, e.position, e.startDate, e.endDate, e.version,
                e.createdAt, e.updatedAt);
    }

    private static Phase fromRow(Row r) {
        return new Phase(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"), r.getString("name"),
                r.getInteger("position"), r.getLocalDate("start_date"), r.getLocalDate("end_date"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }
}
