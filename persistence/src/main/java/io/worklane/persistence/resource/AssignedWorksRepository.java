package io.worklane.persistence.resource;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.resource.AssignedWork;
import io.worklane.domain.resource.AssignedWorks;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One statement: open (not completed), estimated, assigned items whose start..due meets the range. */
@ApplicationScoped
public class AssignedWorksRepository implements AssignedWorks {
    private final Sql sql;

    public AssignedWorksRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<List<AssignedWork>> between(UUID workspaceId, LocalDate from, LocalDate to,
                                           java.util.Set<UUID> hiddenProjects) {
        return sql.list("SELECT id, assignee_ids::text AS assignees, estimate_minutes, start_date, due_date"
                        + " FROM work_items WHERE workspace_id = $1 AND completed_at IS NULL AND estimate_minutes > 0"
                        + " AND due_date >= $2 AND LEAST(COALESCE(start_date, due_date), due_date) <= $3"
                        + " AND assignee_ids <> '[]'::jsonb AND project_id <> ALL($4)",
                Tuple.of(workspaceId, from, to, hiddenProjects.toArray(UUID[]::new)),
                r -> new AssignedWork(r.getUUID("id"), Json.stringList(r.getString("assignees")).stream()
                        .map(UUID::fromString).toList(), r.getLong("estimate_minutes"), r.getLocalDate("start_date"),
                        r.getLocalDate("due_date")));
    }
}
