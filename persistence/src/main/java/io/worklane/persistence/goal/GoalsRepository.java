package io.worklane.persistence.goal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.Goals;
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

@ApplicationScoped
public class GoalsRepository implements Goals {
    static final String SORT = "createdAt";
    private static final String SELECT = "SELECT " + GoalMapping.COLUMNS + " FROM goals g";
    /** Walks are bounded: nesting is at most 5 deep, and even corrupt data cannot make them endless. */
    private static final int WALK_LIMIT = 50;
    private final Sql sql;

    public GoalsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Goal>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE g.workspace_id = $1 AND g.id = $2", Tuple.of(workspaceId, id),
                GoalMapping::fromRow);
    }

    @Override
    public Uni<Page<Goal>> list(UUID workspaceId, UUID parentId, PageRequest page) {
        Params p = new Params().where("g.workspace_id = ?", workspaceId)
                .whereIf(parentId != null, "g.parent_id = ?", parentId);
        Keyset.afterTimestamp(p, "g.created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY g.created_at, g.id LIMIT " + (page.limit() + 1), p.tuple(),
                        GoalMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, r -> Keyset.timestampValue(r.createdAt()),
                        Goal::id));
    }

    @Override
    public Uni<List<UUID>> selfAndAncestors(UUID workspaceId, UUID id) {
        String query = "WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM goals"
                + " WHERE workspace_id = $1 AND id = $2 UNION ALL SELECT g.id, g.parent_id, up.depth + 1"
                + " FROM goals g JOIN up ON g.id = up.parent_id WHERE up.depth < " + WALK_LIMIT + ")"
                + " SELECT id FROM up ORDER BY depth";
        return sql.list(query, Tuple.of(workspaceId, id), r -> r.getUUID("id"));
    }

    @Override
    public Uni<List<Goal>> withDescendants(UUID workspaceId, Collection<UUID> ids) {
        String query = "WITH RECURSIVE down(id, depth) AS (SELECT id, 0 FROM goals WHERE workspace_id = $1"
                + " AND id = ANY($2) UNION ALL SELECT g.id, down.depth + 1 FROM goals g JOIN down"
                + " ON g.parent_id = down.id WHERE down.depth < " + WALK_LIMIT + ") SELECT " + GoalMapping.COLUMNS
                + " FROM goals g WHERE g.id IN (SELECT id FROM down) ORDER BY g.created_at, g.id";
        return sql.list(query, Tuple.of(workspaceId, ids.toArray(UUID[]::new)), GoalMapping::fromRow);
    }

    @Override
    public Uni<Map<UUID, List<Goal>>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        return linked("goal_projects", "project_id", workspaceId, projectIds);
    }

    @Override
    public Uni<Map<UUID, List<Goal>>> ofPortfolios(UUID workspaceId, Collection<UUID> portfolioIds) {
        return linked("goal_portfolios", "portfolio_id", workspaceId, portfolioIds);
    }

    @Override
    public Uni<Goal> insert(Goal goal) {
        return Writes.persist(GoalMapping.copy(goal, new GoalEntity()), "Goal " + goal.title())
                .map(e -> GoalMapping.fromEntity(e, List.of(), List.of()));
    }

    @Override
    public Uni<Goal> update(Goal changed) {
        return Writes.update(GoalEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Goal " + changed.title(), () -> notFound(changed.id()), e -> GoalMapping.copy(changed, e))
                .call(e -> replaceLinks("goal_projects", "project_id", changed, changed.projectIds()))
                .call(e -> replaceLinks("goal_portfolios", "portfolio_id", changed, changed.portfolioIds()))
                .map(e -> GoalMapping.fromEntity(e, changed.projectIds(), changed.portfolioIds()));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(GoalEntity.class, id, workspaceId, expectedVersion, "Goal " + id, () -> notFound(id));
    }

    private Uni<Map<UUID, List<Goal>>> linked(String table, String column, UUID workspaceId, Collection<UUID> ids) {
        String query = "SELECT l." + column + " AS linked, " + GoalMapping.COLUMNS + " FROM " + table + " l"
                + " JOIN goals g ON g.id = l.goal_id WHERE l.workspace_id = $1 AND l." + column + " = ANY($2)"
                + " ORDER BY g.created_at, g.id";
        return sql.query(query, Tuple.of(workspaceId, ids.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, List<Goal>> out = new LinkedHashMap<>();
            ids.forEach(id -> out.put(id, new ArrayList<>()));
            rows.forEach(r -> out.computeIfAbsent(r.getUUID("linked"), k -> new ArrayList<>())
                    .add(GoalMapping.fromRow(r)));
            return out;
        });
    }

    /** The link rows rewritten in the transaction, in the list's order; the table and column are constants. */
    private Uni<Void> replaceLinks(String table, String column, Goal g, List<UUID> ids) {
        String joined = String.join(",", ids.stream().map(UUID::toString).toList());
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM " + table + " WHERE goal_id = :id")
                .setParameter("id", g.id()).executeUpdate()
                .chain(() -> ids.isEmpty() ? Uni.createFrom().item(0) : s.createNativeQuery("INSERT INTO " + table
                                + " (goal_id, " + column + ", workspace_id, position) SELECT :id, cast(t.linked AS uuid),"
                                + " :ws, t.position FROM unnest(string_to_array(cast(:ids AS text), ','))"
                                + " WITH ORDINALITY AS t(linked, position)")
                        .setParameter("id", g.id()).setParameter("ws", g.workspaceId()).setParameter("ids", joined)
                        .executeUpdate())).replaceWithVoid();
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.GOAL_NOT_FOUND, "Goal", id.toString());
    }
}
