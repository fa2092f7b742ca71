package io.worklane.persistence.approval;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.Approvals;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.PagesByParent;
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
public class ApprovalsRepository implements Approvals {
    private static final String SORT = "createdAt";
    private static final int MAX_PER_ITEM = 200;
    private static final PagesByParent<Approval> PAGES = new PagesByParent<>(ApprovalMapping.COLUMNS, "FROM approvals",
            "work_item_id", "created_at", "id", SORT, ApprovalMapping::fromRow, Approval::workItemId,
            Approval::createdAt, Approval::id);
    private final Sql sql;

    public ApprovalsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Approval> insert(Approval approval) {
        return Writes.persist(ApprovalMapping.copy(approval, new ApprovalEntity()), "Approval")
                .map(ApprovalMapping::fromEntity);
    }

    @Override
    public Uni<Approval> update(Approval changed) {
        return Writes.update(ApprovalEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Approval " + changed.id(), () -> notFound(changed.id()), e -> ApprovalMapping.copy(changed, e))
                .map(ApprovalMapping::fromEntity);
    }

    @Override
    public Uni<Optional<Approval>> find(UUID workspaceId, UUID id) {
        return sql.one("SELECT " + ApprovalMapping.COLUMNS + " FROM approvals WHERE workspace_id = $1 AND id = $2",
                Tuple.of(workspaceId, id), ApprovalMapping::fromRow);
    }

    @Override
    public Uni<Page<Approval>> forItem(UUID workspaceId, UUID workItemId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("work_item_id = ?", workItemId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list("SELECT " + ApprovalMapping.COLUMNS + " FROM approvals" + p.clause()
                        + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(), ApprovalMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, a -> Keyset.timestampValue(a.createdAt()),
                        Approval::id));
    }

    @Override
    public Uni<Map<UUID, Page<Approval>>> pagesByWorkItems(UUID workspaceId, Collection<UUID> workItemIds,
                                                           PageRequest page) {
        return PAGES.load(sql, new Params().where("workspace_id = ?", workspaceId), workItemIds, page);
    }

    @Override
    public Uni<Map<UUID, List<Approval>>> byWorkItems(UUID workspaceId, Collection<UUID> workItemIds) {
        String query = "SELECT * FROM (SELECT " + ApprovalMapping.COLUMNS + ", row_number() OVER (PARTITION BY "
                + "work_item_id ORDER BY created_at, id) AS rn FROM approvals WHERE workspace_id = $1"
                + " AND work_item_id = ANY($2)) ranked WHERE rn <= " + MAX_PER_ITEM + " ORDER BY work_item_id, rn";
        return sql.list(query, Tuple.of(workspaceId, workItemIds.toArray(UUID[]::new)), ApprovalMapping::fromRow)
                .map(rows -> {
                    Map<UUID, List<Approval>> grouped = new LinkedHashMap<>();
                    workItemIds.forEach(id -> grouped.put(id, new ArrayList<>()));
                    rows.forEach(a -> grouped.computeIfAbsent(a.workItemId(), k -> new ArrayList<>()).add(a));
                    return grouped;
                });
    }

    @Override
    public Uni<Optional<Approval>> latestFor(UUID workspaceId, UUID workItemId) {
        return sql.one("SELECT " + ApprovalMapping.COLUMNS + " FROM approvals WHERE workspace_id = $1"
                        + " AND work_item_id = $2 ORDER BY created_at DESC, id DESC LIMIT 1",
                Tuple.of(workspaceId, workItemId), ApprovalMapping::fromRow);
    }

    @Override
    public Uni<Map<UUID, Approval>> latestFor(UUID workspaceId, Collection<UUID> workItemIds) {
        if (workItemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.list("SELECT DISTINCT ON (work_item_id) " + ApprovalMapping.COLUMNS + " FROM approvals"
                                + " WHERE workspace_id = $1 AND work_item_id = ANY($2)"
                                + " ORDER BY work_item_id, created_at DESC, id DESC",
                        Tuple.of(workspaceId, workItemIds.toArray(UUID[]::new)), ApprovalMapping::fromRow)
                .map(rows -> {
                    Map<UUID, Approval> latest = new LinkedHashMap<>();
                    rows.forEach(a -> latest.put(a.workItemId(), a));
                    return latest;
                });
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.APPROVAL_NOT_FOUND, "Approval", id.toString());
    }
}
