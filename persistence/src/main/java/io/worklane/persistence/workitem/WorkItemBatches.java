package io.worklane.persistence.workitem;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.PagesByParent;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Batch reads for nested GraphQL fields: one statement for all parents, whatever their number
 * (a window function cuts each parent's page).
 */
abstract class WorkItemBatches {
    static final int MAX_CHILDREN = 200;
    static final String CHILD_SORT = "createdAt";
    private static final PagesByParent<WorkItem> CHILD_PAGES = new PagesByParent<>(WorkItemMapping.COLUMNS,
            WorkItemMapping.FROM, "w.parent_id", "w.created_at", "w.id", CHILD_SORT, WorkItemMapping::fromRow,
            WorkItem::parentId, WorkItem::createdAt, WorkItem::id);
    protected final Sql sql;

    WorkItemBatches(Sql sql) {
        this.sql = sql;
    }

    /** For the CDI client proxy of the subclass only. */
    WorkItemBatches() {
        this(null);
    }

    public Uni<Map<UUID, Page<WorkItem>>> pagesByProject(UUID workspaceId, Collection<UUID> projectIds,
                                                          WorkItemFilter filter, WorkItemSort sort, PageRequest page) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        p.where("w.project_id = ANY(?)", projectIds.toArray(UUID[]::new));
        SortSql order = SortSql.of(sort, p);
        order.after(p, page.after());
        String query = "SELECT * FROM (SELECT " + WorkItemMapping.COLUMNS + order.columns()
                + ", row_number() OVER (PARTITION BY w.project_id ORDER BY " + order.orderBy() + ") AS rn"
                + WorkItemMapping.FROM + p.clause() + ") ranked WHERE rn <= " + (page.limit() + 1)
                + " ORDER BY project_id, rn";
        return sql.list(query, p.tuple(), r -> WorkItemsRepository.sorted(r, order)).map(rows -> {
            Map<UUID, List<WorkItemQuery.Sorted>> grouped = new LinkedHashMap<>();
            projectIds.forEach(id -> grouped.put(id, new ArrayList<>()));
            rows.forEach(s -> grouped.computeIfAbsent(s.item().projectId(), k -> new ArrayList<>()).add(s));
            Map<UUID, Page<WorkItem>> pages = new LinkedHashMap<>();
            grouped.forEach((id, items) -> pages.put(id, WorkItemQuery.page(items, page.limit())));
            return pages;
        });
    }

    public Uni<Map<UUID, Long>> countsByProject(UUID workspaceId, Collection<UUID> projectIds, WorkItemFilter filter) {
        Params p = WorkItemQuery.where(workspaceId, filter);
        p.where("w.project_id = ANY(?)", projectIds.toArray(UUID[]::new));
        return sql.query("SELECT w.project_id, count(*) AS n" + WorkItemMapping.FROM + p.clause() + " GROUP BY w.project_id",
                p.tuple()).map(rows -> {
                    Map<UUID, Long> counts = new LinkedHashMap<>();
                    projectIds.forEach(id -> counts.put(id, 0L));
                    rows.forEach(r -> counts.put(r.getUUID("project_id"), r.getLong("n")));
                    return counts;
                });
    }

    public Uni<Map<UUID, List<WorkItem>>> childrenOf(UUID workspaceId, Collection<UUID> parentIds) {
        String query = "SELECT * FROM (SELECT " + WorkItemMapping.COLUMNS + ", row_number() OVER (PARTITION BY "
                + "w.parent_id ORDER BY w.created_at, w.id) AS rn" + WorkItemMapping.FROM
                + " WHERE w.workspace_id = $1 AND w.parent_id = ANY($2)) ranked WHERE rn <= " + MAX_CHILDREN
                + " ORDER BY parent_id, rn";
        return sql.list(query, Tuple.of(workspaceId, parentIds.toArray(UUID[]::new)), WorkItemMapping::fromRow)
                .map(rows -> group(rows, WorkItem::parentId, parentIds));
    }

    public Uni<Map<UUID, Page<WorkItem>>> childPages(UUID workspaceId, Collection<UUID> parentIds, PageRequest page) {
        return CHILD_PAGES.load(sql, new Params().where("w.workspace_id = ?", workspaceId), parentIds, page);
    }

    static <K> Map<K, List<WorkItem>> group(List<WorkItem> rows, java.util.function.Function<WorkItem, K> key,
                                            Collection<K> keys) {
        Map<K, List<WorkItem>> grouped = new LinkedHashMap<>();
        keys.forEach(k -> grouped.put(k, new ArrayList<>()));
        rows.forEach(w -> grouped.computeIfAbsent(key.apply(w), k -> new ArrayList<>()).add(w));
        return grouped;
    }
}
