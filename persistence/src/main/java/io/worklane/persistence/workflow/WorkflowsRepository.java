package io.worklane.persistence.workflow;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.Workflows;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class WorkflowsRepository implements Workflows {
    private static final String SELECT = "SELECT " + WorkflowMapping.COLUMNS + " FROM workflows";
    private final Sql sql;

    public WorkflowsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Workflow>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                WorkflowMapping::fromRow);
    }

    @Override
    public Uni<Workflow> workspaceDefault(UUID workspaceId) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND is_workspace_default", Tuple.of(workspaceId),
                WorkflowMapping::fromRow).map(found -> found.orElseThrow(() -> new IllegalStateException(
                        "workspace " + workspaceId + " has no default workflow")));
    }

    @Override
    public Uni<Page<Workflow>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        WorkflowMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", w -> Keyset.timestampValue(w.createdAt()),
                        Workflow::id));
    }

    @Override
    public Uni<Map<UUID, Workflow>> byIds(UUID workspaceId, Collection<UUID> ids) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND id = ANY($2)",
                        Tuple.of(workspaceId, ids.toArray(UUID[]::new)), WorkflowMapping::fromRow)
                .map(rows -> rows.stream().collect(Collectors.toMap(Workflow::id, Function.identity())));
    }

    @Override
    public Uni<Workflow> insert(Workflow workflow, boolean workspaceDefault) {
        WorkflowEntity entity = WorkflowMapping.copy(workflow, new WorkflowEntity());
        entity.workspaceDefault = workspaceDefault;
        return Writes.persist(entity, "Workflow '" + workflow.name() + "'").map(WorkflowMapping::fromEntity);
    }

    @Override
    public Uni<Workflow> update(Workflow changed) {
        return Writes.update(WorkflowEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Workflow " + changed.name(), () -> notFound(changed.id()), e -> WorkflowMapping.copy(changed, e))
                .map(WorkflowMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(WorkflowEntity.class, id, workspaceId, expectedVersion, "Workflow " + id,
                () -> notFound(id));
    }

    @Override
    public Uni<Boolean> inUse(UUID workspaceId, UUID id) {
        return sql.query("SELECT EXISTS (SELECT 1 FROM workflows WHERE workspace_id = $1 AND id = $2"
                        + " AND is_workspace_default)"
                        + " OR EXISTS (SELECT 1 FROM projects WHERE workspace_id = $1 AND workflow_id = $2)"
                        + " OR EXISTS (SELECT 1 FROM projects p, jsonb_each_text(p.workflow_overrides) o"
                        + " WHERE p.workspace_id = $1 AND o.value = $2::text) AS used", Tuple.of(workspaceId, id))
                .map(rows -> rows.iterator().next().getBoolean("used"));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.WORKFLOW_NOT_FOUND, "Workflow", id.toString());
    }
}
