package io.worklane.persistence.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Estimates of a project's items, done and all, in one statement. completed_at is set exactly while an
 * item is in a DONE-category state of its workflow (WorkItem.transition), so it tells "done" apart.
 */
@ApplicationScoped
public class ProjectProgressRepository implements ProjectProgress {
    private static final String ESTIMATES = "SELECT coalesce(sum(estimate_minutes), 0) AS all_minutes,"
            + " coalesce(sum(estimate_minutes) FILTER (WHERE completed_at < $3), 0) AS done_minutes"
            + " FROM work_items WHERE workspace_id = $1 AND project_id = $2";
    private final Sql sql;

    public ProjectProgressRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<java.util.Map<UUID, Estimates>> estimates(UUID workspaceId, java.util.Collection<UUID> projectIds,
                                                         LocalDate asOf) {
        var endOfDay = asOf.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        String query = "SELECT project_id, coalesce(sum(estimate_minutes), 0) AS all_minutes,"
                + " coalesce(sum(estimate_minutes) FILTER (WHERE completed_at < $3), 0) AS done_minutes"
                + " FROM work_items WHERE workspace_id = $1 AND project_id = ANY($2) GROUP BY project_id";
        return sql.query(query, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new), endOfDay)).map(rows -> {
            java.util.Map<UUID, Estimates> out = new java.util.LinkedHashMap<>();
            projectIds.forEach(id -> out.put(id, new Estimates(0, 0)));
            rows.forEach(r -> out.put(r.getUUID("project_id"), new Estimates(r.getLong("done_minutes"),
                    r.getLong("all_minutes"))));
            return out;
        });
    }

    @Override
    public Uni<Estimates> estimates(UUID workspaceId, UUID projectId, LocalDate asOf) {
        var endOfDay = asOf.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return sql.one(ESTIMATES, Tuple.of(workspaceId, projectId, endOfDay),
                        r -> new Estimates(r.getLong("done_minutes"), r.getLong("all_minutes")))
                .map(found -> found.orElse(new Estimates(0, 0)));
    }
}
