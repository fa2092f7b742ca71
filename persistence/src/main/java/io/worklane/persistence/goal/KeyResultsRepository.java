package io.worklane.persistence.goal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.goal.CheckIn;
import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.goal.KeyResultKind;
import io.worklane.domain.goal.KeyResults;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.PagesByParent;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KeyResultsRepository implements KeyResults {
    private static final String COLUMNS = "id, workspace_id, goal_id, title, kind, currency, start_value,"
            + " target_value, current_value, version, created_at, updated_at";
    private static final String CHECK_IN_COLUMNS = "id, workspace_id, key_result_id, value, previous_value, note,"
            + " actor_kind, actor_id, actor_name, created_at";
    private static final PagesByParent<CheckIn> CHECK_IN_PAGES = new PagesByParent<>(CHECK_IN_COLUMNS,
            "FROM key_result_check_ins", "key_result_id", "created_at", "id", "createdAt", KeyResultsRepository::checkIn,
            CheckIn::keyResultId, CheckIn::createdAt, CheckIn::id);
    private final Sql sql;

    public KeyResultsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<KeyResult>> find(UUID workspaceId, UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM key_results WHERE workspace_id = $1 AND id = $2",
                Tuple.of(workspaceId, id), KeyResultsRepository::fromRow);
    }

    @Override
    public Uni<Map<UUID, List<KeyResult>>> ofGoals(UUID workspaceId, Collection<UUID> goalIds) {
        return sql.list("SELECT " + COLUMNS + " FROM key_results WHERE workspace_id = $1 AND goal_id = ANY($2)"
                        + " ORDER BY created_at, id", Tuple.of(workspaceId, goalIds.toArray(UUID[]::new)),
                KeyResultsRepository::fromRow).map(rows -> {
                    Map<UUID, List<KeyResult>> out = new LinkedHashMap<>();
                    goalIds.forEach(id -> out.put(id, new ArrayList<>()));
                    rows.forEach(kr -> out.computeIfAbsent(kr.goalId(), k -> new ArrayList<>()).add(kr));
                    return out;
                });
    }

    @Override
    public Uni<Map<UUID, java.math.BigDecimal>> valuesAt(UUID workspaceId, Collection<UUID> keyResultIds,
                                                        java.time.Instant at) {
        // the check-ins are kept in order, each with the value it replaced: so every past value is known
        String query = "SELECT k.id, coalesce((SELECT c.value FROM key_result_check_ins c WHERE c.key_result_id = k.id"
                + " AND c.created_at < $3 ORDER BY c.created_at DESC, c.id DESC LIMIT 1), (SELECT c.previous_value"
                + " FROM key_result_check_ins c WHERE c.key_result_id = k.id AND c.created_at >= $3"
                + " ORDER BY c.created_at, c.id LIMIT 1), k.current_value) AS value"
                + " FROM key_results k WHERE k.workspace_id = $1 AND k.id = ANY($2)";
        return sql.query(query, Tuple.of(workspaceId, keyResultIds.toArray(UUID[]::new),
                at.atOffset(java.time.ZoneOffset.UTC))).map(rows -> {
                    Map<UUID, java.math.BigDecimal> out = new LinkedHashMap<>();
                    rows.forEach(r -> out.put(r.getUUID("id"), r.getBigDecimal("value")));
                    return out;
                });
    }

    @Override
    public Uni<KeyResult> insert(KeyResult kr) {
        return Writes.persist(copy(kr, new KeyResultEntity()), "Key result " + kr.title())
                .map(KeyResultsRepository::fromEntity);
    }

    @Override
    public Uni<KeyResult> update(KeyResult changed) {
        return Writes.update(KeyResultEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Key result " + changed.title(), () -> notFound(changed.id()), e -> copy(changed, e))
                .map(KeyResultsRepository::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(KeyResultEntity.class, id, workspaceId, expectedVersion, "Key result " + id,
                () -> notFound(id));
    }

    @Override
    public Uni<Void> record(CheckIn c) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO key_result_check_ins (" + CHECK_IN_COLUMNS
                        + ") VALUES (:id, :ws, :kr, :value, :previous, :note, :kind, :actor, :name, :at)")
                .setParameter("id", c.id()).setParameter("ws", c.workspaceId()).setParameter("kr", c.keyResultId())
                .setParameter("value", c.value()).setParameter("previous", c.previous())
                .setParameter("note", c.note()).setParameter("kind", c.actor().kind().name())
                .setParameter("actor", c.actor().id()).setParameter("name", c.actor().name())
                .setParameter("at", c.createdAt()).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<CheckIn>> findCheckIn(UUID workspaceId, UUID id) {
        return sql.one("SELECT " + CHECK_IN_COLUMNS + " FROM key_result_check_ins WHERE workspace_id = $1 AND id = $2",
                Tuple.of(workspaceId, id), KeyResultsRepository::checkIn);
    }

    @Override
    public Uni<Page<CheckIn>> checkIns(UUID workspaceId, UUID keyResultId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("key_result_id = ?", keyResultId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list("SELECT " + CHECK_IN_COLUMNS + " FROM key_result_check_ins" + p.clause()
                        + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(), KeyResultsRepository::checkIn)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", c -> Keyset.timestampValue(c.createdAt()),
                        CheckIn::id));
    }

    @Override
    public Uni<Map<UUID, Page<CheckIn>>> checkInPages(UUID workspaceId, Collection<UUID> keyResultIds,
                                                               PageRequest page) {
        return CHECK_IN_PAGES.load(sql, new Params().where("workspace_id = ?", workspaceId), keyResultIds, page);
    }

    private static KeyResultEntity copy(KeyResult kr, KeyResultEntity e) {
        e.id = kr.id();
        e.workspaceId = kr.workspaceId();
        e.goalId = kr.goalId();
        e.title = kr.title();
        e.kind = kr.kind().name();
        e.currency = kr.currency();
        e.start = kr.start();
        e.target = kr.target();
        e.current = kr.current();
        e.createdAt = kr.createdAt();
        e.updatedAt = kr.updatedAt();
        return e;
    }

    private static KeyResult fromEntity(KeyResultEntity e) {
        return new KeyResult(e.id, e.workspaceId, e.goalId, e.title, KeyResultKind.valueOf(e.kind),
                e.currency == null ? null : e.currency.strip(), e.start, e.target, e.current, e.version, e.createdAt,
                e.updatedAt);
    }

    private static KeyResult fromRow(Row r) {
        String currency = r.getString("currency");
        return new KeyResult(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("goal_id"), r.getString("title"),
                KeyResultKind.valueOf(r.getString("kind")), currency == null ? null : currency.strip(),
                r.getBigDecimal("start_value"), r.getBigDecimal("target_value"), r.getBigDecimal("current_value"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    private static CheckIn checkIn(Row r) {
        return new CheckIn(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("key_result_id"),
                r.getBigDecimal("value"), r.getBigDecimal("previous_value"), r.getString("note"),
                new Actor(Actor.Kind.valueOf(r.getString("actor_kind")), r.getString("actor_id"),
                        r.getString("actor_name")), Rows.instant(r, "created_at"));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.KEY_RESULT_NOT_FOUND, "Key result", id.toString());
    }
}
