package io.worklane.persistence.attachment;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.shared.Actor;
import io.worklane.persistence.shared.Rows;

final class AttachmentRows {
    static final String COLUMNS = "id, workspace_id, work_item_id, comment_id, file_name, content_type, declared_type,"
            + " size_bytes, sha256, storage_key, uploaded_by_kind, uploaded_by_id, uploaded_by_name, version, created_at";
    static final String INSERT = "INSERT INTO attachments (" + COLUMNS + ", updated_at) VALUES (:id, :ws, :item,"
            + " :comment, :name, :type, :declared, :size, :sha, :key, :kind, :actor, :actorName, 0, :at, :at)";

    private AttachmentRows() {
    }

    static Attachment fromRow(Row r) {
        return new Attachment(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("work_item_id"),
                r.getUUID("comment_id"), r.getString("file_name"), r.getString("content_type"),
                r.getString("declared_type"), r.getLong("size_bytes"), r.getString("sha256"),
                r.getString("storage_key"), new Actor(Actor.Kind.valueOf(r.getString("uploaded_by_kind")),
                r.getString("uploaded_by_id"), r.getString("uploaded_by_name")), r.getLong("version"),
                Rows.instant(r, "created_at"));
    }
}
