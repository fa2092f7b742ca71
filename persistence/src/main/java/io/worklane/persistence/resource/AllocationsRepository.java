package io.worklane.persistence.resource;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Allocations;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AllocationsRepository implements Allocations {
    private static final String SELECT = "SELECT id, workspace_id, resource_id, project_id, work_item_id, from_date,"
            + " to_date, minutes_per_week, percent, note, version, created_at, updated_at FROM allocations";
    private final Sql sql;

    public AllocationsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Allocation>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                AllocationsRepository::fromRow);
    }

    @Override
    public Uni<Page<Allocation>> list(UUID workspaceId, UUID resourceId, UUID projectId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .whereIf(resourceId != null, "resource_id = ?", resourceId)
                .whereIf(projectId != null, "project_id = ?", projectId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        AllocationsRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", a -> Keyset.timestampValue(a.createdAt()),
                        Allocation::id));
    }

    @Override
    public Uni<List<Allocation>> overlapping(UUID workspaceId, UUID resourceId, LocalDate from, LocalDate to) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("to_date >= ?", from)
                .where("from_date <= ?", to).whereIf(resourceId != null, "resource_id = ?", resourceId);
        return sql.list(SELECT + p.clause(), p.tuple(), AllocationsRepository::fromRow);
    }

    @Override
    public Uni<Allocation> insert(Allocation allocation) {
        return Writes.persist(copy(allocation, new AllocationEntity()), "Allocation " + allocation.id())
                .map(AllocationsRepository::fromEntity);
    }

    @Override
    public Uni<Allocation> update(Allocation changed) {
        return Writes.update(AllocationEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Allocation " + changed.id(), () -> notFound(changed.id()), e -> copy(changed, e))
                .map(AllocationsRepository::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(AllocationEntity.class, id, workspaceId, expectedVersion, "Allocation " + id,
                () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.ALLOCATION_NOT_FOUND, "Allocation", id.toString());
    }

    private static Allocation fromRow(Row r) {
        return new Allocation(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("resource_id"),
                r.getUUID("project_id"), r.getUUID("work_item_id"), r.getLocalDate("from_date"),
                r.getLocalDate("to_date"), r.getInteger("minutes_per_week"), r.getBigDecimal("percent"),
                r.getString("note"), r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    private static Allocation fromEntity(AllocationEntity e) {
        return new Allocation(e.id, e.workspaceId, e.resourceId, e.projectId, e.workItemId, e.fromDate, e.toDate,
                e.minutesPerWeek, e.percent, e.note, e.version, e.createdAt, e.updatedAt);
    }

    private static AllocationEntity copy(Allocation a, AllocationEntity e) {
        e.id = a.id();
        e.workspaceId = a.workspaceId();
        e.resourceId = a.resourceId();
        e.projectId = a.projectId();
        e.workItemId = a.workItemId();
        e.fromDate = a.from();
        e.toDate = a.to();
        e.minutesPerWeek = a.minutesPerWeek();
        e.percent = a.percent();
        e.note = a.note();
        e.createdAt = a.createdAt();
        e.updatedAt = a.updatedAt();
        return e;
    }
}
