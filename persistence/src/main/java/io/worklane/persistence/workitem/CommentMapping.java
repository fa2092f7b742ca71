package io.worklane.persistence.workitem;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.workitem.Comment;
import io.worklane.persistence.shared.Rows;

final class CommentMapping {
    static final String COLUMNS = "id, workspace_id, work_item_id, body, author_kind, author_id, author_name, edited, "
            + "version, created_at, updated_at";

    private CommentMapping() {
    }

    static Comment fromRow(Row r) {
        return new Comment(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("work_item_id"), r.getString("body"),
                new Actor(Actor.Kind.valueOf(r.getString("author_kind")), r.getString("author_id"),
                        r.getString("author_name")),
                r.getBoolean("edited"), r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static Comment fromEntity(CommentEntity e) {
        return new Comment(e.id, e.workspaceId, e.workItemId, e.body,
                new Actor(Actor.Kind.valueOf(e.authorKind), e.authorId, e.authorName), e.edited, e.version,
                e.createdAt, e.updatedAt);
    }

    static CommentEntity copy(Comment c, CommentEntity e) {
        e.id = c.id();
        e.workspaceId = c.workspaceId();
        e.workItemId = c.workItemId();
        e.body = c.body();
        e.authorKind = c.author().kind().name();
        e.authorId = c.author().id();
        e.authorName = c.author().name();
        e.edited = c.edited();
        e.createdAt = c.createdAt();
        e.updatedAt = c.updatedAt();
        return e;
    }
}
