package io.worklane.persistence.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.notification.Digest;
import io.worklane.domain.notification.EmailState;
import io.worklane.domain.notification.NewNotification;
import io.worklane.domain.notification.Notification;
import io.worklane.domain.notification.Notifications;
import io.worklane.domain.notification.Preference;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivery in the use case's session (coalesce into the latest unread notification of the burst, or insert
 * one and queue its mail); the inbox through Sql. Marking read is one statement of its own.
 */
@ApplicationScoped
public class NotificationsRepository implements Notifications {
    static final String SORT = "-createdAt";
    private static final String COALESCE = "UPDATE notifications SET count = count + 1, summary = :summary,"
            + " actor_kind = :ak, actor_id = :ai, actor_name = :an, comment_id = COALESCE(:comment, comment_id),"
            + " updated_at = :now WHERE id = (SELECT id FROM notifications WHERE member_id = :m AND work_item_id = :item"
            + " AND kind = :kind AND read_at IS NULL AND created_at > :since ORDER BY created_at DESC LIMIT 1"
            + " FOR UPDATE) RETURNING id";
    // a digest is due at the next full hour, or the next 08:00 in the workspace's time zone
    private static final String ZONE = "(SELECT time_zone FROM workspaces WHERE id = cast(:ws AS uuid))";
    private static final String INSERT = "INSERT INTO notifications (id, workspace_id, member_id, kind, work_item_id,"
            + " work_item_key, work_item_title, comment_id, approval_id, actor_kind, actor_id, actor_name, summary,"
            + " count, email_state, email_due_at, created_at, updated_at) VALUES (:id, :ws, :m, :kind, :item, :key,"
            + " :title, :comment, :approval, :ak, :ai, :an, :summary, 1, :state, CASE cast(:digest AS text)"
            + " WHEN 'HOURLY' THEN date_trunc('hour', cast(:now AS timestamptz)) + interval '1 hour'"
            + " WHEN 'DAILY' THEN (date_trunc('day', cast(:now AS timestamptz) AT TIME ZONE " + ZONE
            + " - interval '8 hours') + interval '1 day 8 hours') AT TIME ZONE " + ZONE + " END, :now, :now)";
    private static final String QUEUE_MAIL = "INSERT INTO mail_outbox (id, workspace_id, member_id, kind,"
            + " notification_id, status, next_attempt_at, created_at) VALUES (:id, :ws, :m, 'IMMEDIATE', :n, 'PENDING',"
            + " :now, :now)";
    private final Sql sql;

    public NotificationsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Notification>> deliver(NewNotification n, Preference preference, Duration coalesceWithin,
                                               Instant now) {
        if (!preference.delivered()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Writes.inSession(s -> Writes.<UUID>nativeQuery(s, COALESCE).setParameter("summary", n.summary())
                .setParameter("ak", n.actor().kind().name()).setParameter("ai", n.actor().id())
                .setParameter("an", n.actor().name()).setParameter("comment", n.commentId()).setParameter("now", now)
                .setParameter("m", n.memberId()).setParameter("item", n.subject().workItemId())
                .setParameter("kind", n.kind().name()).setParameter("since", now.minus(coalesceWithin))
                .getResultList()
                .chain(coalesced -> coalesced.isEmpty() ? insert(s, n, preference, now) : Uni.createFrom().voidItem()))
                .replaceWith(Optional.empty());
    }

    private Uni<Void> insert(org.hibernate.reactive.mutiny.Mutiny.Session s, NewNotification n, Preference p,
                             Instant now) {
        UUID id = Ids.newId();
        EmailState state = !p.byEmail() ? EmailState.NONE : p.digest() == Digest.IMMEDIATE ? EmailState.QUEUED
                : EmailState.DIGEST;
        return s.createNativeQuery(INSERT).setParameter("id", id).setParameter("ws", n.workspaceId())
                .setParameter("m", n.memberId()).setParameter("kind", n.kind().name())
                .setParameter("item", n.subject().workItemId()).setParameter("key", n.subject().key())
                .setParameter("title", n.subject().title()).setParameter("comment", n.commentId())
                .setParameter("approval", n.approvalId()).setParameter("ak", n.actor().kind().name())
                .setParameter("ai", n.actor().id()).setParameter("an", n.actor().name())
                .setParameter("summary", n.summary()).setParameter("state", state.name())
                .setParameter("digest", state == EmailState.DIGEST ? p.digest().name() : "NONE")
                .setParameter("now", now).executeUpdate()
                .chain(() -> state != EmailState.QUEUED ? Uni.createFrom().voidItem()
                        : s.createNativeQuery(QUEUE_MAIL).setParameter("id", Ids.newId())
                                .setParameter("ws", n.workspaceId()).setParameter("m", n.memberId())
                                .setParameter("n", id).setParameter("now", now).executeUpdate().replaceWithVoid());
    }

    @Override
    public Uni<Page<Notification>> inbox(Collection<UUID> memberIds, boolean unreadOnly, PageRequest page) {
        Params p = new Params().where("member_id = ANY(?)", memberIds.toArray(UUID[]::new));
        if (unreadOnly) {
            p.where("read_at IS NULL");
        }
        Cursor after = page.after();
        if (after != null) {
            p.where(Keyset.after("created_at", "id", true, p.add(Keyset.timestamp(after)), p.add(after.id())));
        }
        return sql.list("SELECT " + NotificationRows.COLUMNS + " FROM notifications" + p.clause()
                        + " ORDER BY created_at DESC, id DESC LIMIT " + (page.limit() + 1), p.tuple(),
                        NotificationRows::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, x -> Keyset.timestampValue(x.createdAt()),
                        Notification::id));
    }

    @Override
    public Uni<Long> unreadCount(Collection<UUID> memberIds) {
        return sql.one("SELECT count(*) AS n FROM notifications WHERE member_id = ANY($1) AND read_at IS NULL",
                Tuple.of(memberIds.toArray(UUID[]::new)), r -> r.getLong("n")).map(n -> n.orElse(0L));
    }

    @Override
    public Uni<Optional<Notification>> find(Collection<UUID> memberIds, UUID id) {
        return sql.one("SELECT " + NotificationRows.COLUMNS + " FROM notifications WHERE id = $1 AND member_id = ANY($2)",
                Tuple.of(id, memberIds.toArray(UUID[]::new)), NotificationRows::fromRow);
    }

    @Override
    public Uni<Optional<Notification>> markRead(Collection<UUID> memberIds, UUID id, Instant at) {
        return sql.one("UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND member_id = ANY($2)"
                + " RETURNING " + NotificationRows.COLUMNS, Tuple.of(id, memberIds.toArray(UUID[]::new),
                at.atOffset(ZoneOffset.UTC)), NotificationRows::fromRow);
    }

    @Override
    public Uni<Integer> markAllRead(Collection<UUID> memberIds, Instant at) {
        return sql.query("UPDATE notifications SET read_at = $2 WHERE member_id = ANY($1) AND read_at IS NULL",
                Tuple.of(memberIds.toArray(UUID[]::new), at.atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount());
    }
}
