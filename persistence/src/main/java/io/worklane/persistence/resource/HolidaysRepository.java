package io.worklane.persistence.resource;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
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
public class HolidaysRepository implements Holidays {
    private static final String SELECT = "SELECT id, workspace_id, day, name, version, created_at, updated_at"
            + " FROM holidays";
    /** A calendar is small; a bound keeps a runaway one from flooding a response. */
    private static final int MAX = 2000;
    private final Sql sql;

    public HolidaysRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<List<Holiday>> between(UUID workspaceId, LocalDate from, LocalDate to) {
        Params p = new Params().where("workspace_id = ?", workspaceId).whereIf(from != null, "day >= ?", from)
                .whereIf(to != null, "day <= ?", to);
        return sql.list(SELECT + p.clause() + " ORDER BY day LIMIT " + MAX, p.tuple(), HolidaysRepository::fromRow);
    }

    @Override
    public Uni<Optional<Holiday>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                HolidaysRepository::fromRow);
    }

    @Override
    public Uni<Holiday> insert(Holiday h) {
        HolidayEntity e = new HolidayEntity();
        e.id = h.id();
        e.workspaceId = h.workspaceId();
        e.day = h.day();
        e.name = h.name();
        e.createdAt = h.createdAt();
        e.updatedAt = h.updatedAt();
        return Writes.persist(e, "A holiday on " + h.day()).map(x -> new Holiday(x.id, x.workspaceId, x.day, x.name,
                x.version, x.createdAt, x.updatedAt));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(HolidayEntity.class, id, workspaceId, expectedVersion, "Holiday " + id,
                () -> DomainException.notFound(ErrorCode.HOLIDAY_NOT_FOUND, "Holiday", id.toString()));
    }

    private static Holiday fromRow(Row r) {
        return new Holiday(r.getUUID("id"), r.getUUID("workspace_id"), r.getLocalDate("day"), r.getString("name"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }
}
