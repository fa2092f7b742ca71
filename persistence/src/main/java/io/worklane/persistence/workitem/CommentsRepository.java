package io.worklane.persistence.workitem;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.Comment;
import io.worklane.domain.workitem.Comments;
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
public class CommentsRepository implements Comments {
    private static final String SORT = "createdAt";
    private static final int MAX_PER_ITEM = 200;
    private static final PagesByParent<Comment> PAGES = new PagesByParent<>(CommentMapping.COLUMNS, "FROM comments",
            "work_item_id", "created_at", "id", SORT, CommentMapping::fromRow, Comment::workItemId, Comment::createdAt,
            Comment::id);
    private final Sql sql;

    public CommentsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Comment>> find(UUID workspaceId, UUID workItemId, UUID id) {
        return sql.one("SELECT " + CommentMapping.COLUMNS + " FROM comments WHERE workspace_id = $1 AND work_item_id = $2"
                + " AND id = $3", Tuple.of(workspaceId, workItemId, id), CommentMapping::fromRow);
    }

    @Override
    public Uni<Page<Comment>> list(UUID workspaceId, UUID workItemId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("work_item_id = ?", workItemId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list("SELECT " + CommentMapping.COLUMNS + " FROM comments" + p.clause()
                        + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(), CommentMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, c -> Keyset.timestampValue(c.createdAt()), Comment::id));
    }

    @Override
    public Uni<Map<UUID, List<Comment>>> byWorkItems(UUID workspaceId, Collection<UUID> workItemIds) {
        String query = "SELECT * FROM (SELECT " + CommentMapping.COLUMNS + ", row_number() OVER (PARTITION BY "
                + "work_item_id ORDER BY created_at, id) AS rn FROM comments WHERE workspace_id = $1"
                + " AND work_item_id = ANY($2)) ranked WHERE rn <= " + MAX_PER_ITEM + " ORDER BY work_item_id, rn";
        return sql.list(query, Tuple.of(workspaceId, workItemIds.toArray(UUID[]::new)), CommentMapping::fromRow)
                .map(rows -> {
                    Map<UUID, List<Comment>> grouped = new LinkedHashMap<>();
                    workItemIds.forEach(id -> grouped.put(id, new ArrayList<>()));
                    rows.forEach(c -> grouped.computeIfAbsent(c.workItemId(), k -> new ArrayList<>()).add(c));
                    return grouped;
                });
    }

    @Override
    public Uni<Map<UUID, Page<Comment>>> pages(UUID workspaceId, Collection<UUID> workItemIds, PageRequest page) {
        return PAGES.load(sql, new Params().where("workspace_id = ?", workspaceId), workItemIds, page);
    }

    @Override
    public Uni<Comment> insert(Comment comment) {
        CommentEntity entity = CommentMapping.copy(comment, new CommentEntity());
        return Writes.persist(entity, "Comment").map(CommentMapping::fromEntity);
    }

    @Override
    public Uni<Comment> update(Comment changed, String previousBody) {
        return Writes.update(CommentEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Comment " + changed.id(), () -> notFound(changed.id()), e -> CommentMapping.copy(changed, e))
                .call(e -> keepRevision(changed, previousBody))
                .map(CommentMapping::fromEntity);
    }

    private static Uni<Integer> keepRevision(Comment changed, String previousBody) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO comment_revisions (comment_id, workspace_id,"
                        + " body, replaced_at) VALUES (:c, :w, :b, :t)")
                .setParameter("c", changed.id()).setParameter("w", changed.workspaceId())
                .setParameter("b", previousBody).setParameter("t", changed.updatedAt()).executeUpdate());
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(CommentEntity.class, id, workspaceId, expectedVersion, "Comment " + id,
                () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.COMMENT_NOT_FOUND, "Comment", id.toString());
    }
}
