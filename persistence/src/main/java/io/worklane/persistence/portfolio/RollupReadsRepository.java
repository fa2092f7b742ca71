package io.worklane.persistence.portfolio;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.portfolio.rollup.RollupReads;
import io.worklane.domain.statusreport.Health;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RollupReadsRepository implements RollupReads {
    private final Sql sql;

    public RollupReadsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Map<UUID, ProjectRollup.Status>> latestStatus(UUID workspaceId, Collection<UUID> projectIds) {
        String query = "SELECT DISTINCT ON (project_id) project_id, id, as_of, health, suggested_health"
                + " FROM status_reports WHERE workspace_id = $1 AND project_id = ANY($2) AND status = 'PUBLISHED'"
                + " ORDER BY project_id, as_of DESC, published_at DESC";
        return sql.query(query, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, ProjectRollup.Status> out = new LinkedHashMap<>();
            rows.forEach(r -> out.put(r.getUUID("project_id"), new ProjectRollup.Status(r.getUUID("id"),
                    r.getLocalDate("as_of"), Health.valueOf(r.getString("health")),
                    Health.valueOf(r.getString("suggested_health")))));
            return out;
        });
    }

    @Override
    public Uni<Map<UUID, ProjectRollup.RiskFigures>> openRisks(UUID workspaceId, Collection<UUID> projectIds) {
        String query = "SELECT project_id, count(*) AS open, max(exposure) AS highest FROM risks WHERE workspace_id = $1"
                + " AND project_id = ANY($2) AND status NOT IN ('CLOSED', 'OCCURRED') GROUP BY project_id";
        return sql.query(query, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, ProjectRollup.RiskFigures> out = new LinkedHashMap<>();
            projectIds.forEach(id -> out.put(id, new ProjectRollup.RiskFigures(0, 0)));
            rows.forEach(r -> out.put(r.getUUID("project_id"), new ProjectRollup.RiskFigures(
                    r.getLong("open").intValue(), r.getInteger("highest"))));
            return out;
        });
    }

    @Override
    public Uni<ProjectRollup.RiskFigures> openPortfolioRisks(UUID workspaceId, Collection<UUID> portfolioIds) {
        String query = "SELECT count(*) AS open, coalesce(max(exposure), 0) AS highest FROM risks"
                + " WHERE workspace_id = $1 AND portfolio_id = ANY($2) AND status NOT IN ('CLOSED', 'OCCURRED')";
        return sql.query(query, Tuple.of(workspaceId, portfolioIds.toArray(UUID[]::new))).map(rows -> {
            var r = rows.iterator().next();
            return new ProjectRollup.RiskFigures(r.getLong("open").intValue(), r.getInteger("highest"));
        });
    }
}
