package io.worklane.persistence.workitem;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.persistence.project.ProjectEntity;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@ApplicationScoped
public class WorkItemsRepository extends WorkItemBatches implements WorkItems {
    private static final Pattern KEY = Pattern.compile("^([A-Z][A-Z0-9]{1,9})-([1-9][0-9]{0,17})$");

    @jakarta.inject.Inject
    public WorkItemsRepository(Sql sql) {
        super(sql);
    }

    WorkItemsRepository() {
        super();
    }

    @Override
    public Uni<Optional<WorkItem>> find(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        Matcher key = KEY.matcher(ref == null ? "" : ref);
        if (id == null && !key.matches()) {
            return Uni.createFrom().item(Optional.empty());
        }
        String select = "SELECT " + WorkItemMapping.COLUMNS + WorkItemMapping.FROM + " WHERE w.workspace_id = $1 AND ";
        if (id != null) {
            return sql.one(select + "w.id = $2", Tuple.of(workspaceId, id), WorkItemMapping::fromRow);
        }
        Tuple byKey = Tuple.of(workspaceId, key.group(1), Long.parseLong(key.group(2)));
        return sql.one(select + "p.key = $2 AND w.number = $3", byKey, WorkItemMapping::fromRow)
                .chain(found -> found.isPresent() ? Uni.createFrom().item(found)
                        : sql.one(select + "w.id = (SELECT h.work_item_id FROM work_item_key_history h"
                                + " JOIN projects hp ON hp.id = h.project_id"
                                + " WHERE h.workspace_id = $1 AND hp.key = $2 AND h.number = $3)",
                        byKey, WorkItemMapping::fromRow));
    }

    @Override
    public Uni<List<UUID>> descendantsOf(UUID workspaceId, UUID id) {
        // depth-bounded like ancestorsOf; parents before their children
        String query = "WITH RECURSIVE down(id, depth) AS ("
                + " SELECT id, 0 FROM work_items WHERE workspace_id = $1 AND id = $2"
                + " UNION ALL SELECT w.id, down.depth + 1 FROM work_items w JOIN down ON w.parent_id = down.id"
                + " WHERE down.depth < 1000) SELECT id FROM down WHERE depth > 0 ORDER BY depth, id";
        return sql.list(query, Tuple.of(workspaceId, id), r -> r.getUUID("id"));
    }

    @Override
    public Uni<WorkItem> relocate(WorkItem before, WorkItem moved) {
        return WorkItemRelocation.relocate(before, moved);
    }

    @Override
    public Uni<Page<WorkItem>> list(UUID workspaceId, WorkItemFilter filter, WorkItemSort sort, PageRequest page) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        SortSql order = SortSql.of(sort, p);
        order.after(p, page.after());
        String query = "SELECT " + WorkItemMapping.COLUMNS + order.columns() + WorkItemMapping.FROM + p.clause()
                + " ORDER BY " + order.orderBy() + " LIMIT " + (page.limit() + 1);
        return sql.list(query, p.tuple(), r -> sorted(r, order)).map(rows -> WorkItemQuery.page(rows, page.limit()));
    }

    static WorkItemQuery.Sorted sorted(io.vertx.mutiny.sqlclient.Row r, SortSql order) {
        WorkItem item = WorkItemMapping.fromRow(r);
        return new WorkItemQuery.Sorted(item, order.cursor(r, item.id()));
    }

    @Override
    public Uni<Long> count(UUID workspaceId, WorkItemFilter filter) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        return sql.query("SELECT count(*) AS n" + WorkItemMapping.FROM + p.clause(), p.tuple())
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    @Override
    public Uni<List<WorkItem>> byIds(UUID workspaceId, Collection<UUID> ids) {
        return sql.list("SELECT " + WorkItemMapping.COLUMNS + WorkItemMapping.FROM
                        + " WHERE w.workspace_id = $1 AND w.id = ANY($2)",
                Tuple.of(workspaceId, ids.toArray(UUID[]::new)), WorkItemMapping::fromRow);
    }

    @Override
    public Uni<Map<UUID, UUID>> projectsOf(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.list("SELECT id, project_id FROM work_items WHERE workspace_id = $1 AND id = ANY($2)"
                        + " UNION ALL SELECT d.id, d.project_id FROM deleted_work_items d WHERE d.workspace_id = $1"
                        + " AND d.id = ANY($2) AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.id = d.id)", Tuple.of(workspaceId, ids.toArray(UUID[]::new)),
                r -> Map.entry(r.getUUID("id"), r.getUUID("project_id")))
                .map(rows -> {
                    Map<UUID, UUID> projects = new java.util.HashMap<>();
                    rows.forEach(e -> projects.putIfAbsent(e.getKey(), e.getValue()));
                    return projects;
                });
    }

    @Override
    public Uni<List<WorkItem>> ofProject(UUID workspaceId, UUID projectId) {
        return sql.list("SELECT " + WorkItemMapping.COLUMNS + WorkItemMapping.FROM
                        + " WHERE w.workspace_id = $1 AND w.project_id = $2 ORDER BY w.created_at, w.id",
                Tuple.of(workspaceId, projectId), WorkItemMapping::fromRow);
    }

    @Override
    public Uni<List<WorkItem>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        return sql.list("SELECT " + WorkItemMapping.COLUMNS + WorkItemMapping.FROM
                        + " WHERE w.workspace_id = $1 AND w.project_id = ANY($2) ORDER BY w.created_at, w.id",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), WorkItemMapping::fromRow);
    }

    @Override
    public Uni<List<UUID>> ancestorsOf(UUID workspaceId, UUID id) {
        // depth-bounded so that even corrupt data cannot make the walk endless
        String query = "WITH RECURSIVE up(id, parent_id, depth) AS ("
                + " SELECT id, parent_id, 0 FROM work_items WHERE workspace_id = $1 AND id = $2"
                + " UNION ALL SELECT w.id, w.parent_id, up.depth + 1 FROM work_items w JOIN up ON w.id = up.parent_id"
                + " WHERE up.depth < 1000) SELECT id FROM up WHERE depth > 0 ORDER BY depth";
        return sql.list(query, Tuple.of(workspaceId, id), r -> r.getUUID("id"));
    }

    @Override
    public Uni<Void> lockHierarchy(UUID workspaceId) {
        return Writes.advisoryLock("hierarchy:" + workspaceId);
    }

    @Override
    public Uni<Long> nextNumber(UUID projectId) {
        // the row lock taken here serialises creators in one project: numbers have no gaps or duplicates
        return Writes.inSession(s -> Writes.<Long>nativeQuery(s, "UPDATE projects"
                        + " SET last_item_number = last_item_number + 1 WHERE id = :id RETURNING last_item_number")
                .setParameter("id", projectId).getSingleResult());
    }

    @Override
    public Uni<WorkItem> insert(WorkItem item) {
        WorkItemEntity entity = WorkItemMapping.copy(item, new WorkItemEntity());
        return Writes.persist(entity, "Work item " + item.key())
                .map(e -> WorkItemMapping.fromEntity(e, item.projectKey()));
    }

    @Override
    public Uni<WorkItem> update(WorkItem changed) {
        return Writes.update(WorkItemEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Work item " + changed.key(), () -> notFound(changed.key()),
                        e -> WorkItemMapping.copy(changed, e))
                .map(e -> WorkItemMapping.fromEntity(e, changed.projectKey()));
    }

    @Override
    public Uni<WorkItem> current(WorkItem item) {
        // through the session: the pool would see the item as last committed, without this transaction's changes
        return Writes.inSession(s -> s.find(WorkItemEntity.class, item.id()))
                .map(e -> e == null || !e.workspaceId.equals(item.workspaceId()) ? null
                        : WorkItemMapping.fromEntity(e, item.projectKey()))
                .onItem().ifNull().failWith(() -> notFound(item.key()));
    }

    @Override
    public Uni<Optional<WorkItem>> findInTransaction(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.find(WorkItemEntity.class, id).chain(e -> e == null
                || !e.workspaceId.equals(workspaceId) ? Uni.createFrom().item(Optional.<WorkItem>empty())
                : s.find(ProjectEntity.class, e.projectId).map(p -> Optional.of(WorkItemMapping.fromEntity(e, p.key)))));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(WorkItemEntity.class, id, workspaceId, expectedVersion, "Work item " + id,
                () -> notFound(id.toString()));
    }

    private static DomainException notFound(String ref) {
        return DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", ref);
    }

}
