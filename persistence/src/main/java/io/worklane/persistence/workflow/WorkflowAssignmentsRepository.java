package io.worklane.persistence.workflow;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.workflow.WorkflowAssignment;
import io.worklane.domain.workflow.WorkflowAssignments;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Project → workflow, read with the workspace default filled in. "The workflow an item follows" is
 * one SQL expression, {@link #FOLLOWED}: the project's override for the item's type, else the
 * project's workflow, else the workspace default.
 */
@ApplicationScoped
public class WorkflowAssignmentsRepository implements WorkflowAssignments {
    private static final String DEFAULT = "(SELECT id FROM workflows d WHERE d.workspace_id = p.workspace_id"
            + " AND d.is_workspace_default)";
    static final String FOLLOWED = "COALESCE((p.workflow_overrides ->> i.type)::uuid, p.workflow_id, " + DEFAULT + ")";
    private final Sql sql;

    public WorkflowAssignmentsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Map<UUID, WorkflowAssignment>> of(UUID workspaceId, Collection<UUID> projectIds) {
        return sql.list("SELECT p.id, COALESCE(p.workflow_id, " + DEFAULT + ") AS workflow_id,"
                        + " p.workflow_overrides::text AS overrides FROM projects p"
                        + " WHERE p.workspace_id = $1 AND p.id = ANY($2)",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)),
                row -> new WorkflowAssignment(row.getUUID("id"), row.getUUID("workflow_id"),
                        overrides(row.getString("overrides"))))
                .map(rows -> {
                    Map<UUID, WorkflowAssignment> byProject = new HashMap<>();
                    rows.forEach(a -> byProject.put(a.projectId(), a));
                    return byProject;
                });
    }

    @Override
    public Uni<Void> assign(UUID workspaceId, UUID projectId, UUID workflowId, Map<WorkItemType, UUID> overrides) {
        Map<String, String> stored = new LinkedHashMap<>();
        overrides.forEach((type, id) -> stored.put(type.name(), id.toString()));
        return Writes.inSession(s -> s.createNativeQuery("UPDATE projects SET workflow_id = :workflow,"
                        + " workflow_overrides = cast(cast(:overrides AS text) AS jsonb)"
                        + " WHERE workspace_id = :ws AND id = :id")
                .setParameter("workflow", workflowId).setParameter("overrides", Json.write(stored))
                .setParameter("ws", workspaceId).setParameter("id", projectId).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Map<String, Long>> itemsPerState(UUID workspaceId, UUID workflowId) {
        return counts("SELECT i.status, count(*) AS n FROM work_items i JOIN projects p ON p.id = i.project_id"
                + " WHERE i.workspace_id = $1 AND " + FOLLOWED + " = $2 GROUP BY i.status", Tuple.of(workspaceId,
                workflowId));
    }

    @Override
    public Uni<Map<String, Long>> itemsPerState(UUID workspaceId, UUID projectId, Collection<WorkItemType> types) {
        return counts("SELECT status, count(*) AS n FROM work_items WHERE workspace_id = $1 AND project_id = $2"
                + " AND type = ANY($3) GROUP BY status", Tuple.of(workspaceId, projectId,
                types.stream().map(Enum::name).toArray(String[]::new)));
    }

    @Override
    public Uni<Integer> moveItems(UUID workspaceId, UUID workflowId, UUID projectId, Collection<WorkItemType> types,
                                  Map<String, String> moves, List<String> doneStates) {
        if (moves.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String which = projectId != null ? "i.project_id = :project AND i.type IN (:types)" : FOLLOWED + " = :workflow";
        String query = "UPDATE work_items i SET status = m.value, version = i.version + 1, updated_at = now(),"
                + " completed_at = CASE WHEN m.value IN (:done) THEN COALESCE(i.completed_at, now()) END"
                + " FROM projects p, jsonb_each_text(cast(cast(:moves AS text) AS jsonb)) m"
                + " WHERE p.id = i.project_id AND i.workspace_id = :ws AND i.status = m.key AND " + which;
        return Writes.inSession(s -> {
            var q = s.createNativeQuery(query).setParameter("ws", workspaceId).setParameter("moves", Json.write(moves))
                    .setParameter("done", doneStates.isEmpty() ? List.of("\u0000") : doneStates);
            if (projectId != null) {
                q.setParameter("project", projectId).setParameter("types", types.stream().map(Enum::name).toList());
            } else {
                q.setParameter("workflow", workflowId);
            }
            return q.executeUpdate();
        });
    }

    private Uni<Map<String, Long>> counts(String query, Tuple params) {
        return sql.list(query, params, row -> Map.entry(row.getString("status"), row.getLong("n"))).map(rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    private static Map<WorkItemType, UUID> overrides(String json) {
        Map<WorkItemType, UUID> overrides = new EnumMap<>(WorkItemType.class);
        Json.map(json).forEach((type, id) -> overrides.put(WorkItemType.valueOf(type), UUID.fromString((String) id)));
        return overrides;
    }
}
