package io.worklane.persistence.risk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.risk.RiskHistoryEntry;
import io.worklane.domain.risk.RiskMatrix;
import io.worklane.domain.risk.RiskStatus;
import io.worklane.domain.risk.Risks;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.TenantRows;
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
public class RisksRepository implements Risks {
    static final String SORT = "createdAt";
    private static final String SELECT = "SELECT " + RiskMapping.COLUMNS + " FROM risks";
    private static final String HISTORY_COLUMNS = "id, workspace_id, risk_id, occurred_at, actor_kind, actor_id,"
            + " actor_name, change, fields::text AS fields";
    private final Sql sql;
    private final TenantRows<Risk> table;

    public RisksRepository(Sql sql) {
        this.sql = sql;
        this.table = new TenantRows<>(sql, SELECT, RiskMapping::fromRow, SORT, Risk::createdAt, Risk::id);
    }

    @Override
    public Uni<Optional<Risk>> find(UUID workspaceId, UUID id) {
        return table.find(workspaceId, id);
    }

    @Override
    public Uni<Page<Risk>> ofProject(UUID workspaceId, UUID projectId, RiskStatus status, PageRequest page) {
        return table.oldestFirst(new Params().where("workspace_id = ?", workspaceId).where("project_id = ?", projectId)
                .whereIf(status != null, "status = ?", status == null ? null : status.name()), page);
    }

    @Override
    public Uni<Map<UUID, Page<Risk>>> pagesByProject(UUID workspaceId, Collection<UUID> projectIds, PageRequest page) {
        return pagesBy(Holder.PROJECT, workspaceId, projectIds, page);
    }

    @Override
    public Uni<Page<Risk>> ofPortfolio(UUID workspaceId, UUID portfolioId, RiskStatus status, PageRequest page) {
        return table.oldestFirst(new Params().where("workspace_id = ?", workspaceId)
                .where("portfolio_id = ?", portfolioId)
                .whereIf(status != null, "status = ?", status == null ? null : status.name()), page);
    }

    @Override
    public Uni<Map<UUID, Page<Risk>>> pagesByPortfolio(UUID workspaceId, Collection<UUID> portfolioIds,
                                                       PageRequest page) {
        return pagesBy(Holder.PORTFOLIO, workspaceId, portfolioIds, page);
    }

    @Override
    public Uni<Map<UUID, RiskMatrix>> portfolioMatrices(UUID workspaceId, Collection<UUID> portfolioIds) {
        return matricesBy(Holder.PORTFOLIO, workspaceId, portfolioIds);
    }

    /** Which register a statement reads: its column, and how a risk names it. */
    private enum Holder {
        PROJECT("project_id", Risk::projectId), PORTFOLIO("portfolio_id", Risk::portfolioId);

        final String column;
        final java.util.function.Function<Risk, UUID> of;

        Holder(String column, java.util.function.Function<Risk, UUID> of) {
            this.column = column;
            this.of = of;
        }
    }

    private Uni<Map<UUID, Page<Risk>>> pagesBy(Holder holder, UUID workspaceId, Collection<UUID> ids,
                                              PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .where(holder.column + " = ANY(?)", ids.toArray(UUID[]::new));
        Keyset.afterTimestamp(p, "created_at", page.after());
        String query = "SELECT * FROM (SELECT " + RiskMapping.COLUMNS + ", row_number() OVER (PARTITION BY "
                + holder.column + " ORDER BY created_at, id) AS rn FROM risks" + p.clause() + ") ranked WHERE rn <= "
                + (page.limit() + 1) + " ORDER BY " + holder.column + ", rn";
        return sql.list(query, p.tuple(), RiskMapping::fromRow).map(rows -> {
            Map<UUID, List<Risk>> grouped = new LinkedHashMap<>();
            ids.forEach(id -> grouped.put(id, new ArrayList<>()));
            rows.forEach(r -> grouped.computeIfAbsent(holder.of.apply(r), id -> new ArrayList<>()).add(r));
            Map<UUID, Page<Risk>> pages = new LinkedHashMap<>();
            grouped.forEach((id, risks) -> pages.put(id, table.page(risks, page)));
            return pages;
        });
    }

    @Override
    public Uni<List<Risk>> allOfProject(UUID workspaceId, UUID projectId) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = $2 ORDER BY exposure DESC, id",
                Tuple.of(workspaceId, projectId), RiskMapping::fromRow);
    }

    @Override
    public Uni<Map<UUID, RiskMatrix>> matrices(UUID workspaceId, Collection<UUID> projectIds) {
        return matricesBy(Holder.PROJECT, workspaceId, projectIds);
    }

    private Uni<Map<UUID, RiskMatrix>> matricesBy(Holder holder, UUID workspaceId, Collection<UUID> ids) {
        String column = holder.column;
        return sql.query("SELECT " + column + " AS holder, probability, impact, count(*) AS n FROM risks"
                        + " WHERE workspace_id = $1 AND " + column + " = ANY($2) AND status NOT IN ('CLOSED', 'OCCURRED')"
                        + " GROUP BY " + column + ", probability, impact",
                Tuple.of(workspaceId, ids.toArray(UUID[]::new))).map(rows -> {
                    Map<UUID, List<RiskMatrix.Cell>> cells = new LinkedHashMap<>();
                    ids.forEach(id -> cells.put(id, new ArrayList<>()));
                    for (Row r : rows) {
                        cells.computeIfAbsent(r.getUUID("holder"), id -> new ArrayList<>()).add(new RiskMatrix.Cell(
                                r.getInteger("probability"), r.getInteger("impact"), r.getLong("n").intValue()));
                    }
                    Map<UUID, RiskMatrix> matrices = new LinkedHashMap<>();
                    cells.forEach((id, list) -> matrices.put(id, RiskMatrix.of(list)));
                    return matrices;
                });
    }

    @Override
    public Uni<Risk> insert(Risk risk) {
        return Writes.persist(RiskMapping.copy(risk, new RiskEntity()), "Risk " + risk.title())
                .map(RiskMapping::fromEntity);
    }

    @Override
    public Uni<Risk> update(Risk changed) {
        return Writes.update(RiskEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Risk " + changed.title(), () -> notFound(changed.id()), e -> RiskMapping.copy(changed, e))
                .map(RiskMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(RiskEntity.class, id, workspaceId, expectedVersion, "Risk " + id, () -> notFound(id));
    }

    @Override
    public Uni<Void> record(RiskHistoryEntry e) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO risk_history (id, workspace_id, risk_id,"
                        + " occurred_at, actor_kind, actor_id, actor_name, change, fields) VALUES (:id, :ws, :risk, :at,"
                        + " :kind, :actor, :name, :change, cast(cast(:fields AS text) AS jsonb))")
                .setParameter("id", e.id()).setParameter("ws", e.workspaceId()).setParameter("risk", e.riskId())
                .setParameter("at", e.occurredAt()).setParameter("kind", e.actor().kind().name())
                .setParameter("actor", e.actor().id()).setParameter("name", e.actor().name())
                .setParameter("change", e.change()).setParameter("fields", Json.write(e.fields()))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Page<RiskHistoryEntry>> history(UUID workspaceId, UUID riskId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("risk_id = ?", riskId);
        Keyset.afterTimestamp(p, "occurred_at", page.after());
        return sql.list("SELECT " + HISTORY_COLUMNS + " FROM risk_history" + p.clause() + " ORDER BY occurred_at, id"
                        + " LIMIT " + (page.limit() + 1), p.tuple(), RisksRepository::entry)
                .map(rows -> historyPage(rows, page));
    }

    @Override
    public Uni<Map<UUID, Page<RiskHistoryEntry>>> historyPages(UUID workspaceId, Collection<UUID> riskIds,
                                                              PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("risk_id = ANY(?)",
                riskIds.toArray(UUID[]::new));
        Keyset.afterTimestamp(p, "occurred_at", page.after());
        String query = "SELECT * FROM (SELECT " + HISTORY_COLUMNS + ", row_number() OVER (PARTITION BY risk_id"
                + " ORDER BY occurred_at, id) AS rn FROM risk_history" + p.clause() + ") ranked WHERE rn <= "
                + (page.limit() + 1) + " ORDER BY risk_id, rn";
        return sql.list(query, p.tuple(), RisksRepository::entry).map(rows -> {
            Map<UUID, List<RiskHistoryEntry>> grouped = new LinkedHashMap<>();
            riskIds.forEach(id -> grouped.put(id, new ArrayList<>()));
            rows.forEach(e -> grouped.computeIfAbsent(e.riskId(), id -> new ArrayList<>()).add(e));
            Map<UUID, Page<RiskHistoryEntry>> pages = new LinkedHashMap<>();
            grouped.forEach((id, entries) -> pages.put(id, historyPage(entries, page)));
            return pages;
        });
    }

    private static Page<RiskHistoryEntry> historyPage(List<RiskHistoryEntry> rows, PageRequest page) {
        return Keyset.page(rows, page.limit(), "occurredAt", e -> Keyset.timestampValue(e.occurredAt()),
                RiskHistoryEntry::id);
    }

    @SuppressWarnings("unchecked")
    private static RiskHistoryEntry entry(Row r) {
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        Json.map(r.getString("fields")).forEach((k, v) -> fields.put(k, (Map<String, Object>) v));
        return new RiskHistoryEntry(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("risk_id"),
                Rows.instant(r, "occurred_at"), new Actor(Actor.Kind.valueOf(r.getString("actor_kind")),
                r.getString("actor_id"), r.getString("actor_name")), r.getString("change"), fields);
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.RISK_NOT_FOUND, "Risk", id.toString());
    }
}
