package io.worklane.persistence.time;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.resource.LoggedTime;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.time.TimeEntries;
import io.worklane.domain.time.TimeEntry;
import io.worklane.domain.time.TimeEntryFilter;
import io.worklane.domain.time.TimeGrouping;
import io.worklane.domain.time.TimeTotal;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.PagesByParent;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TimeEntriesRepository implements TimeEntries {
    private static final String SELECT = "SELECT " + TimeEntryMapping.COLUMNS + " FROM time_entries";
    private static final PagesByParent<TimeEntry> PAGES = new PagesByParent<>(TimeEntryMapping.COLUMNS,
            "FROM time_entries", "work_item_id", new PagesByParent.Order<>("entry_date", "id", true, "-date",
            TimeEntriesRepository::date, t -> t.date().toString(), TimeEntry::id), TimeEntryMapping::fromRow,
            TimeEntry::workItemId);
    private final Sql sql;

    public TimeEntriesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<TimeEntry>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                TimeEntryMapping::fromRow);
    }

    @Override
    public Uni<Page<TimeEntry>> list(UUID workspaceId, TimeEntryFilter f, PageRequest page) {
        Params p = filtered(workspaceId, f);
        Cursor after = page.after();
        if (after != null) {
            p.where(Keyset.after("entry_date", "id", true, p.add(date(after)), p.add(after.id())));
        }
        return sql.list(SELECT + p.clause() + " ORDER BY entry_date DESC, id DESC LIMIT " + (page.limit() + 1),
                        p.tuple(), TimeEntryMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "-date", t -> t.date().toString(), TimeEntry::id));
    }

    @Override
    public Uni<List<TimeEntry>> ofWorkItems(UUID workspaceId, Collection<UUID> workItemIds, int limit) {
        if (workItemIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.list("SELECT " + TimeEntryMapping.COLUMNS + " FROM (SELECT t.*, row_number() OVER (PARTITION BY"
                        + " work_item_id ORDER BY entry_date DESC, id DESC) AS n FROM time_entries t"
                        + " WHERE workspace_id = $1 AND work_item_id = ANY($2)) x WHERE n <= $3"
                        + " ORDER BY work_item_id, entry_date DESC, id DESC",
                Tuple.of(workspaceId, workItemIds.toArray(UUID[]::new), limit), TimeEntryMapping::fromRow);
    }

    @Override
    public Uni<java.util.Map<UUID, Page<TimeEntry>>> pagesOfWorkItems(UUID workspaceId, Collection<UUID> workItemIds,
                                                                 PageRequest page) {
        return PAGES.load(sql, new Params().where("workspace_id = ?", workspaceId), workItemIds, page);
    }

    @Override
    public Uni<List<TimeTotal>> totals(UUID workspaceId, TimeEntryFilter f, TimeGrouping groupBy) {
        return new TimeTotals(sql).of(filtered(workspaceId, f), groupBy);
    }

    @Override
    public Uni<List<LoggedTime>> logged(UUID workspaceId, UUID resourceId, LocalDate from, LocalDate to,
                                        boolean weekly, java.util.Set<UUID> hiddenProjects) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("entry_date >= ?", from)
                .where("entry_date <= ?", to).whereIf(resourceId != null, "resource_id = ?", resourceId)
                .whereIf(!hiddenProjects.isEmpty(), "(project_id IS NULL OR project_id <> ALL(?))",
                        hiddenProjects.toArray(UUID[]::new));
        String day = weekly ? "date_trunc('week', entry_date)::date" : "entry_date";
        return sql.list("SELECT resource_id, " + day + " AS day, sum(minutes) AS minutes FROM time_entries"
                        + p.clause() + " GROUP BY 1, 2", p.tuple(),
                r -> new LoggedTime(r.getUUID("resource_id"), r.getLocalDate("day"), r.getLong("minutes")));
    }

    @Override
    public Uni<List<TimeEntry>> unlockedOf(UUID workspaceId, UUID resourceId) {
        return sql.list(SELECT + " t WHERE workspace_id = $1 AND resource_id = $2 AND NOT EXISTS (SELECT 1 FROM"
                        + " time_approvals a WHERE a.resource_id = t.resource_id AND t.entry_date BETWEEN a.from_date"
                        + " AND a.to_date)", Tuple.of(workspaceId, resourceId), TimeEntryMapping::fromRow);
    }

    @Override
    public Uni<TimeEntry> insert(TimeEntry entry) {
        return Writes.persist(TimeEntryMapping.copy(entry, new TimeEntryEntity()), "Time entry " + entry.id())
                .map(TimeEntryMapping::fromEntity);
    }

    @Override
    public Uni<TimeEntry> update(TimeEntry changed) {
        return Writes.update(TimeEntryEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Time entry " + changed.id(), () -> notFound(changed.id()), e -> TimeEntryMapping.copy(changed, e))
                .map(TimeEntryMapping::fromEntity);
    }

    @Override
    public Uni<Void> writeCosts(List<TimeEntry> repriced) {
        if (repriced.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // one statement for all of them, in the use case's transaction
        String ids = String.join(",", repriced.stream().map(t -> t.id().toString()).toList());
        String amounts = String.join(",", repriced.stream().map(t -> t.cost() == null ? "" : t.cost().amount()
                .toPlainString()).toList());
        String currencies = String.join(",", repriced.stream().map(t -> t.cost() == null ? "" : t.cost().currency())
                .toList());
        return Writes.inSession(s -> s.createNativeQuery("UPDATE time_entries t SET cost_amount = CAST(NULLIF(c.amount,"
                        + " '') AS numeric), cost_currency = NULLIF(c.currency, '') FROM unnest(string_to_array(:ids,"
                        + " ','), string_to_array(:amounts, ','), string_to_array(:currencies, ',')) AS c(id, amount,"
                        + " currency) WHERE t.id = CAST(c.id AS uuid)")
                .setParameter("ids", ids).setParameter("amounts", amounts).setParameter("currencies", currencies)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(TimeEntryEntity.class, id, workspaceId, expectedVersion, "Time entry " + id,
                () -> notFound(id));
    }

    static Params filtered(UUID workspaceId, TimeEntryFilter f) {
        return new Params().where("workspace_id = ?", workspaceId)
                .whereIf(f.resourceId() != null, "resource_id = ?", f.resourceId())
                .whereIf(f.workItemId() != null, "work_item_id = ?", f.workItemId())
                .whereIf(f.projectId() != null, "project_id = ?", f.projectId())
                .whereIf(f.from() != null, "entry_date >= ?", f.from())
                .whereIf(f.to() != null, "entry_date <= ?", f.to())
                .whereIf(f.billable() != null, "billable = ?", f.billable())
                .whereIf(!f.hiddenProjects().isEmpty(), "(project_id IS NULL OR project_id <> ALL(?))",
                        f.hiddenProjects().toArray(UUID[]::new));
    }

    private static LocalDate date(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.value());
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.INVALID_CURSOR,
                    "The cursor is not one this server issued. Use the nextCursor of a previous page as it is.");
        }
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.TIME_ENTRY_NOT_FOUND, "Time entry", id.toString());
    }
}
