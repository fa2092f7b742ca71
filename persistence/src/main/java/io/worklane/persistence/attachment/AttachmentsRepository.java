package io.worklane.persistence.attachment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.attachment.Attachments;
import io.worklane.domain.attachment.UploadLimits;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
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

/** Reads through {@link Sql}; writes in the use case's session, the quota taken in the same statement as checked. */
@ApplicationScoped
public class AttachmentsRepository implements Attachments {
    private static final String SORT = "createdAt";
    private static final PagesByParent<Attachment> PAGES = new PagesByParent<>(AttachmentRows.COLUMNS,
            "FROM attachments", "work_item_id", "created_at", "id", SORT, AttachmentRows::fromRow, Attachment::workItemId,
            Attachment::createdAt, Attachment::id);
    private static final int MAX_PER_COMMENT = 100;
    // one statement: the first upload of a workspace creates its row, any other adds to it, both only within the quota
    private static final String RESERVE = "INSERT INTO attachment_usage (workspace_id, used_bytes)"
            + " SELECT cast(:ws AS uuid), cast(:size AS bigint) WHERE cast(:size AS bigint) <= cast(:quota AS bigint)"
            + " ON CONFLICT (workspace_id) DO UPDATE"
            + " SET used_bytes = attachment_usage.used_bytes + EXCLUDED.used_bytes"
            + " WHERE attachment_usage.used_bytes + EXCLUDED.used_bytes <= cast(:quota AS bigint) RETURNING used_bytes";
    private final Sql sql;

    public AttachmentsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Attachment>> find(UUID workspaceId, UUID id) {
        return sql.one("SELECT " + AttachmentRows.COLUMNS + " FROM attachments WHERE workspace_id = $1 AND id = $2",
                Tuple.of(workspaceId, id), AttachmentRows::fromRow);
    }

    @Override
    public Uni<Page<Attachment>> list(UUID workspaceId, UUID workItemId, UUID commentId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("work_item_id = ?", workItemId)
                .whereIf(commentId != null, "comment_id = ?", commentId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list("SELECT " + AttachmentRows.COLUMNS + " FROM attachments" + p.clause()
                        + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(), AttachmentRows::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, a -> Keyset.timestampValue(a.createdAt()),
                        Attachment::id));
    }

    @Override
    public Uni<Map<UUID, Page<Attachment>>> firstPages(UUID workspaceId, Collection<UUID> workItemIds,
                                                       PageRequest page) {
        return PAGES.load(sql, new Params().where("workspace_id = ?", workspaceId), workItemIds, page);
    }

    @Override
    public Uni<Map<UUID, List<Attachment>>> byComments(UUID workspaceId, Collection<UUID> commentIds) {
        String query = "SELECT * FROM (SELECT " + AttachmentRows.COLUMNS + ", row_number() OVER (PARTITION BY"
                + " comment_id ORDER BY created_at, id) AS rn FROM attachments WHERE workspace_id = $1"
                + " AND comment_id = ANY($2)) ranked WHERE rn <= " + MAX_PER_COMMENT + " ORDER BY comment_id, rn";
        return sql.list(query, Tuple.of(workspaceId, commentIds.toArray(UUID[]::new)), AttachmentRows::fromRow)
                .map(rows -> {
                    Map<UUID, List<Attachment>> grouped = new LinkedHashMap<>();
                    commentIds.forEach(id -> grouped.put(id, new ArrayList<>()));
                    rows.forEach(a -> grouped.computeIfAbsent(a.commentId(), k -> new ArrayList<>()).add(a));
                    return grouped;
                });
    }

    @Override
    public Uni<Long> usedBytes(UUID workspaceId) {
        return sql.one("SELECT used_bytes FROM attachment_usage WHERE workspace_id = $1", Tuple.of(workspaceId),
                r -> r.getLong("used_bytes")).map(found -> found.orElse(0L));
    }

    @Override
    public Uni<Attachment> insert(Attachment a, long quotaBytes) {
        return Writes.inSession(s -> Writes.<Long>nativeQuery(s, RESERVE).setParameter("ws", a.workspaceId())
                .setParameter("size", a.sizeBytes()).setParameter("quota", quotaBytes).getResultList()
                .chain(reserved -> reserved.isEmpty() ? refuse(a, quotaBytes) : s.createNativeQuery(AttachmentRows.INSERT)
                        .setParameter("id", a.id()).setParameter("ws", a.workspaceId())
                        .setParameter("item", a.workItemId()).setParameter("comment", a.commentId())
                        .setParameter("name", a.fileName()).setParameter("type", a.contentType())
                        .setParameter("declared", a.declaredType()).setParameter("size", a.sizeBytes())
                        .setParameter("sha", a.sha256()).setParameter("key", a.storageKey())
                        .setParameter("kind", a.uploadedBy().kind().name()).setParameter("actor", a.uploadedBy().id())
                        .setParameter("actorName", a.uploadedBy().name()).setParameter("at", a.createdAt())
                        .executeUpdate().replaceWith(a)));
    }

    private Uni<Attachment> refuse(Attachment a, long quotaBytes) {
        return usedBytes(a.workspaceId()).map(used -> {
            throw UploadLimits.quotaExceeded(quotaBytes, used, a.sizeBytes());
        });
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM attachments WHERE workspace_id = :ws AND id = :id")
                .setParameter("ws", workspaceId).setParameter("id", id).executeUpdate()).replaceWithVoid();
    }
}
