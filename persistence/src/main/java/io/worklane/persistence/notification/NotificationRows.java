package io.worklane.persistence.notification;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.notification.EmailState;
import io.worklane.domain.notification.Notification;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.notification.Subject;
import io.worklane.domain.shared.Actor;
import io.worklane.persistence.shared.Rows;

final class NotificationRows {
    static final String COLUMNS = "id, workspace_id, member_id, kind, work_item_id, work_item_key, work_item_title,"
            + " comment_id, approval_id, actor_kind, actor_id, actor_name, summary, count, email_state, read_at,"
            + " created_at, updated_at";

    private NotificationRows() {
    }

    static Notification fromRow(Row r) {
        return new Notification(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("member_id"),
                NotificationKind.valueOf(r.getString("kind")),
                new Subject(r.getUUID("work_item_id"), r.getString("work_item_key"), r.getString("work_item_title")),
                r.getUUID("comment_id"), r.getUUID("approval_id"),
                new Actor(Actor.Kind.valueOf(r.getString("actor_kind")), r.getString("actor_id"), r.getString("actor_name")),
                r.getString("summary"), r.getInteger("count"), EmailState.valueOf(r.getString("email_state")),
                Rows.instant(r, "read_at"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }
}
