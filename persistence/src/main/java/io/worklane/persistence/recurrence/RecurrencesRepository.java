package io.worklane.persistence.recurrence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.Recurrences;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.TenantRows;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecurrencesRepository implements Recurrences {
    private static final String SELECT = "SELECT " + RecurrenceMapping.COLUMNS + " FROM recurrences";
    private final Sql sql;
    private final TenantRows<Recurrence> table;

    public RecurrencesRepository(Sql sql) {
        this.sql = sql;
        this.table = new TenantRows<>(sql, SELECT, RecurrenceMapping::fromRow, SORT, Recurrence::createdAt,
                Recurrence::id);
    }

    @Override
    public Uni<Optional<Recurrence>> find(UUID workspaceId, UUID id) {
        return table.find(workspaceId, id);
    }

    @Override
    public Uni<Page<Recurrence>> list(UUID workspaceId, UUID projectId, PageRequest page) {
        return table.oldestFirst(new Params().where("workspace_id = ?", workspaceId)
                .whereIf(projectId != null, "project_id = ?", projectId), page);
    }

    @Override
    public Uni<Recurrence> insert(Recurrence recurrence) {
        return Writes.persist(RecurrenceMapping.copy(recurrence, new RecurrenceEntity()), "Recurrence "
                + recurrence.id()).map(RecurrenceMapping::fromEntity);
    }

    @Override
    public Uni<Recurrence> update(Recurrence changed) {
        return Writes.update(RecurrenceEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Recurrence " + changed.id(), () -> notFound(changed.id()), e -> RecurrenceMapping.copy(changed, e))
                .map(RecurrenceMapping::fromEntity);
    }

    @Override
    public Uni<Optional<Recurrence>> claimDue(Instant now) {
        // in the session's transaction, so the row lock lasts until the occurrence is committed
        return Writes.inSession(s -> Writes.<UUID>nativeQuery(s, "SELECT id FROM recurrences WHERE status = 'ACTIVE'"
                        + " AND next_occurrence_at <= :now ORDER BY next_occurrence_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter("now", now).getResultList()
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(Optional.<Recurrence>empty())
                        : s.find(RecurrenceEntity.class, ids.get(0))
                        .map(e -> Optional.of(RecurrenceMapping.fromEntity(e)))));
    }

    @Override
    public Uni<Void> advance(Recurrence advanced, UUID workItemId, Instant occurrenceAt) {
        // plain statements: firing is not an edit, so the series' version (its ETag) stays
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO recurrence_occurrences (recurrence_id,"
                                + " workspace_id, work_item_id, occurrence_at) VALUES (:r, :w, :i, :at)")
                        .setParameter("r", advanced.id()).setParameter("w", advanced.workspaceId())
                        .setParameter("i", workItemId).setParameter("at", occurrenceAt).executeUpdate()
                        .chain(() -> s.createNativeQuery("UPDATE recurrences SET status = :status, next_occurrence_at"
                                        + " = :next, occurrences = :n, last_occurrence_at = :last WHERE id = :id")
                                .setParameter("status", advanced.status().name())
                                .setParameter("next", advanced.nextOccurrenceAt())
                                .setParameter("n", advanced.occurrences())
                                .setParameter("last", advanced.lastOccurrenceAt())
                                .setParameter("id", advanced.id()).executeUpdate()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> reschedule(Recurrence moved) {
        return Writes.inSession(s -> s.createNativeQuery("UPDATE recurrences SET status = :status,"
                        + " next_occurrence_at = :next WHERE id = :id").setParameter("status", moved.status().name())
                .setParameter("next", moved.nextOccurrenceAt()).setParameter("id", moved.id()).executeUpdate())
                .replaceWithVoid();
    }

    @Override
    public Uni<Map<UUID, Recurrence>> ofItems(UUID workspaceId, Collection<UUID> workItemIds) {
        if (workItemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String columns = RecurrenceMapping.COLUMNS.replace("id, workspace_id,", "r.id, r.workspace_id,");
        return sql.list("SELECT o.work_item_id AS item_id, " + columns + " FROM recurrence_occurrences o"
                        + " JOIN recurrences r ON r.id = o.recurrence_id"
                        + " WHERE o.workspace_id = $1 AND o.work_item_id = ANY($2)",
                Tuple.of(workspaceId, workItemIds.toArray(UUID[]::new)),
                r -> Map.entry(r.getUUID("item_id"), RecurrenceMapping.fromRow(r)))
                .map(rows -> {
                    Map<UUID, Recurrence> byItem = new LinkedHashMap<>();
                    rows.forEach(e -> byItem.put(e.getKey(), e.getValue()));
                    return byItem;
                });
    }

    @Override
    public Uni<Map<UUID, List<Occurrence>>> latest(UUID workspaceId, Collection<UUID> recurrenceIds, int limit) {
        if (recurrenceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.list("SELECT recurrence_id, work_item_id, key, occurrence_at FROM (SELECT o.recurrence_id,"
                        + " o.work_item_id, p.key || '-' || w.number AS key, o.occurrence_at, row_number() OVER"
                        + " (PARTITION BY o.recurrence_id ORDER BY o.occurrence_at DESC) AS n"
                        + " FROM recurrence_occurrences o JOIN work_items w ON w.id = o.work_item_id"
                        + " JOIN projects p ON p.id = w.project_id"
                        + " WHERE o.workspace_id = $1 AND o.recurrence_id = ANY($2)) latest WHERE n <= " + limit
                        + " ORDER BY recurrence_id, occurrence_at DESC",
                Tuple.of(workspaceId, recurrenceIds.toArray(UUID[]::new)), r -> Map.entry(r.getUUID("recurrence_id"),
                        new Occurrence(r.getUUID("work_item_id"), r.getString("key"), Rows.instant(r, "occurrence_at"))))
                .map(rows -> {
                    Map<UUID, List<Occurrence>> byId = new LinkedHashMap<>();
                    rows.forEach(e -> byId.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                    return byId;
                });
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.RECURRENCE_NOT_FOUND, "Recurrence", id.toString());
    }
}
