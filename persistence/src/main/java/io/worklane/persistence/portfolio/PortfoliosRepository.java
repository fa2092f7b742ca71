package io.worklane.persistence.portfolio;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.portfolio.Portfolios;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
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
import java.util.stream.Collectors;

@ApplicationScoped
public class PortfoliosRepository implements Portfolios {
    static final String SORT = "createdAt";
    private static final String SELECT = "SELECT " + PortfolioMapping.COLUMNS + " FROM portfolios p";
    /** Walks are bounded: nesting is at most 10 deep, and even corrupt data cannot make them endless. */
    private static final int WALK_LIMIT = 50;
    private final Sql sql;

    public PortfoliosRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Portfolio>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE p.workspace_id = $1 AND p.id = $2", Tuple.of(workspaceId, id),
                PortfolioMapping::fromRow);
    }

    @Override
    public Uni<Page<Portfolio>> list(UUID workspaceId, UUID parentId, PageRequest page) {
        Params p = new Params().where("p.workspace_id = ?", workspaceId)
                .whereIf(parentId != null, "p.parent_id = ?", parentId);
        Keyset.afterTimestamp(p, "p.created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY p.created_at, p.id LIMIT " + (page.limit() + 1), p.tuple(),
                        PortfolioMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, r -> Keyset.timestampValue(r.createdAt()),
                        Portfolio::id));
    }

    @Override
    public Uni<List<Portfolio>> byIds(UUID workspaceId, Collection<UUID> ids) {
        return sql.list(SELECT + " WHERE p.workspace_id = $1 AND p.id = ANY($2)",
                Tuple.of(workspaceId, ids.toArray(UUID[]::new)), PortfolioMapping::fromRow);
    }

    @Override
    public Uni<List<UUID>> selfAndAncestors(UUID workspaceId, UUID id) {
        String query = "WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM portfolios"
                + " WHERE workspace_id = $1 AND id = $2 UNION ALL SELECT p.id, p.parent_id, up.depth + 1"
                + " FROM portfolios p JOIN up ON p.id = up.parent_id WHERE up.depth < " + WALK_LIMIT + ")"
                + " SELECT id FROM up ORDER BY depth";
        return sql.list(query, Tuple.of(workspaceId, id), r -> r.getUUID("id"));
    }

    @Override
    public Uni<List<Portfolio>> selfAndDescendants(UUID workspaceId, UUID id) {
        String query = "WITH RECURSIVE down(id, depth) AS (SELECT id, 0 FROM portfolios WHERE workspace_id = $1"
                + " AND id = $2 UNION ALL SELECT p.id, down.depth + 1 FROM portfolios p JOIN down"
                + " ON p.parent_id = down.id WHERE down.depth < " + WALK_LIMIT + ") SELECT "
                + PortfolioMapping.COLUMNS + " FROM portfolios p JOIN (SELECT id, min(depth) AS depth FROM down"
                + " GROUP BY id) d ON d.id = p.id ORDER BY d.depth, p.created_at, p.id";
        return sql.list(query, Tuple.of(workspaceId, id), PortfolioMapping::fromRow);
    }

    @Override
    public Uni<Map<UUID, List<Portfolio>>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        String query = "SELECT m.project_id AS member, " + PortfolioMapping.COLUMNS + " FROM portfolio_projects m"
                + " JOIN portfolios p ON p.id = m.portfolio_id WHERE m.workspace_id = $1 AND m.project_id = ANY($2)"
                + " ORDER BY p.created_at, p.id";
        return sql.query(query, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, List<Portfolio>> out = new LinkedHashMap<>();
            projectIds.forEach(id -> out.put(id, new ArrayList<>()));
            rows.forEach(r -> out.computeIfAbsent(r.getUUID("member"), k -> new ArrayList<>())
                    .add(PortfolioMapping.fromRow(r)));
            return out;
        });
    }

    @Override
    public Uni<Boolean> hasChildren(UUID workspaceId, UUID id) {
        return sql.one("SELECT 1 AS one FROM portfolios WHERE workspace_id = $1 AND parent_id = $2 LIMIT 1",
                Tuple.of(workspaceId, id), r -> true).map(Optional::isPresent);
    }

    @Override
    public Uni<Portfolio> insert(Portfolio portfolio) {
        return Writes.persist(PortfolioMapping.copy(portfolio, new PortfolioEntity()), "Portfolio " + portfolio.name())
                .map(e -> PortfolioMapping.fromEntity(e, List.of()));
    }

    @Override
    public Uni<Portfolio> update(Portfolio changed) {
        return Writes.update(PortfolioEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Portfolio " + changed.name(), () -> notFound(changed.id()),
                        e -> PortfolioMapping.copy(changed, e))
                .call(e -> replaceProjects(changed))
                .map(e -> PortfolioMapping.fromEntity(e, changed.projectIds()));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(PortfolioEntity.class, id, workspaceId, expectedVersion, "Portfolio " + id,
                () -> notFound(id));
    }

    /** The ranked rows rewritten in the transaction: ranks are 1..n in the list's order. */
    private Uni<Void> replaceProjects(Portfolio p) {
        String ids = p.projectIds().stream().map(UUID::toString).collect(Collectors.joining(","));
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM portfolio_projects WHERE portfolio_id = :id")
                .setParameter("id", p.id()).executeUpdate()
                .chain(() -> p.projectIds().isEmpty() ? Uni.createFrom().item(0) : s.createNativeQuery(
                                "INSERT INTO portfolio_projects (portfolio_id, project_id, workspace_id, rank)"
                                        + " SELECT :id, cast(t.project AS uuid), :ws, t.rank FROM unnest(string_to_array("
                                        + "cast(:ids AS text), ',')) WITH ORDINALITY AS t(project, rank)")
                        .setParameter("id", p.id()).setParameter("ws", p.workspaceId()).setParameter("ids", ids)
                        .executeUpdate())).replaceWithVoid();
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.PORTFOLIO_NOT_FOUND, "Portfolio", id.toString());
    }
}
