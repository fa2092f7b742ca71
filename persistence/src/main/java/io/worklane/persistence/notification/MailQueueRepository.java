package io.worklane.persistence.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.notification.ClaimedMail;
import io.worklane.domain.notification.MailContent;
import io.worklane.domain.notification.MailQueue;
import io.worklane.domain.notification.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The mail outbox on the pool: background work, each call a transaction of its own. */
@ApplicationScoped
public class MailQueueRepository implements MailQueue {
    private static final String CLAIM = "WITH due AS (SELECT id FROM mail_outbox WHERE status = 'PENDING'"
            + " AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1) ORDER BY next_attempt_at"
            + " LIMIT $2 FOR UPDATE SKIP LOCKED)"
            + " UPDATE mail_outbox m SET locked_until = $3, attempts = m.attempts + 1 FROM due WHERE m.id = due.id"
            + " RETURNING m.id, m.workspace_id, m.member_id, m.kind, m.notification_id, m.digest_of, m.attempts";
    // the due notifications of each person, taken into one digest mail each, in one statement
    private static final String GATHER = "WITH due AS (SELECT id FROM notifications WHERE email_state = 'DIGEST'"
            + " AND email_due_at <= $1 ORDER BY email_due_at LIMIT $2 FOR UPDATE SKIP LOCKED),"
            + " taken AS (UPDATE notifications n SET email_state = 'DIGESTED' FROM due WHERE n.id = due.id"
            + " RETURNING n.id, n.member_id, n.workspace_id, n.created_at)"
            + " INSERT INTO mail_outbox (id, workspace_id, member_id, kind, digest_of, status, next_attempt_at, created_at)"
            + " SELECT gen_random_uuid(), workspace_id, member_id, 'DIGEST', array_agg(id ORDER BY created_at), 'PENDING',"
            + " $1, $1 FROM taken GROUP BY workspace_id, member_id RETURNING id";
    private final Pool pool;

    public MailQueueRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<ClaimedMail>> claim(int limit, Instant now, Instant leaseUntil) {
        return pool.withTransaction(conn -> conn.preparedQuery(CLAIM).execute(Tuple.of(utc(now), limit, utc(leaseUntil))))
                .map(rows -> {
                    List<ClaimedMail> claimed = new ArrayList<>();
                    rows.forEach(r -> claimed.add(claimed(r)));
                    return claimed;
                });
    }

    @Override
    public Uni<Optional<MailContent>> content(ClaimedMail mail) {
        return pool.preparedQuery("SELECT m.email, m.display_name, w.name, w.slug FROM members m JOIN workspaces w"
                        + " ON w.id = m.workspace_id WHERE m.id = $1 AND m.workspace_id = $2")
                .execute(Tuple.of(mail.memberId(), mail.workspaceId()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<MailContent>empty());
                    }
                    Row who = rows.iterator().next();
                    return pool.preparedQuery("SELECT " + NotificationRows.COLUMNS + " FROM notifications WHERE"
                                    + " workspace_id = $1 AND member_id = $2 AND id = ANY($3) ORDER BY created_at, id")
                            .execute(Tuple.of(mail.workspaceId(), mail.memberId(),
                                    mail.notificationIds().toArray(UUID[]::new)))
                            .map(found -> {
                                List<Notification> notifications = new ArrayList<>();
                                found.forEach(r -> notifications.add(NotificationRows.fromRow(r)));
                                return notifications.isEmpty() ? Optional.<MailContent>empty()
                                        : Optional.of(new MailContent(mail.id(), who.getString("email"),
                                        who.getString("display_name"), who.getString("name"), who.getString("slug"),
                                        notifications));
                            });
                });
    }

    @Override
    public Uni<Void> sent(UUID mailId, Instant at) {
        return pool.preparedQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = $2, locked_until = NULL,"
                + " last_error = NULL WHERE id = $1").execute(Tuple.of(mailId, utc(at))).replaceWithVoid();
    }

    @Override
    public Uni<Void> failed(UUID mailId, String error, Instant nextAttemptAt) {
        String shortened = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        return pool.preparedQuery("UPDATE mail_outbox SET next_attempt_at = $2, locked_until = NULL, last_error = $3"
                + " WHERE id = $1").execute(Tuple.of(mailId, utc(nextAttemptAt), shortened)).replaceWithVoid();
    }

    @Override
    public Uni<Void> drop(UUID mailId) {
        return pool.preparedQuery("DELETE FROM mail_outbox WHERE id = $1").execute(Tuple.of(mailId)).replaceWithVoid();
    }

    @Override
    public Uni<Integer> gatherDigests(Instant now, int limit) {
        return pool.withTransaction(conn -> conn.preparedQuery(GATHER).execute(Tuple.of(utc(now), limit)))
                .map(rows -> rows.rowCount());
    }

    private static ClaimedMail claimed(Row r) {
        boolean digest = "DIGEST".equals(r.getString("kind"));
        List<UUID> ids = digest ? Arrays.asList(r.getArrayOfUUIDs("digest_of")) : List.of(r.getUUID("notification_id"));
        return new ClaimedMail(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("member_id"), digest, ids,
                r.getInteger("attempts"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
