package io.worklane.persistence.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.notification.Reminder;
import io.worklane.domain.notification.Reminders;
import io.worklane.domain.notification.Subject;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reminders: writes and claims in the use case's session, reads through Sql. */
@ApplicationScoped
public class RemindersRepository implements Reminders {
    static final String SORT = "createdAt";
    private static final String COLUMNS = "r.id, r.workspace_id, r.member_id, r.work_item_id, p.key || '-' || w.number"
            + " AS item_key, r.remind_before_minutes, r.remind_at, r.snoozed_until, r.sent_at, r.version, r.created_at";
    private static final String FROM = " FROM reminders r JOIN work_items w ON w.id = r.work_item_id"
            + " JOIN projects p ON p.id = w.project_id";
    // the due moment is the due date at 09:00 in the workspace's zone (Reminder.remindAt computes the same)
    private static final String RESCHEDULE = "UPDATE reminders r SET remind_at = CASE WHEN w.due_date IS NULL THEN NULL"
            + " ELSE ((w.due_date + time '09:00') AT TIME ZONE ws.time_zone) - make_interval(mins => r.remind_before_minutes)"
            + " END, sent_at = NULL, snoozed_until = NULL, version = r.version + 1, updated_at = :at FROM work_items w"
            + " JOIN workspaces ws ON ws.id = w.workspace_id WHERE w.id = r.work_item_id AND r.workspace_id = :ws"
            + " AND r.work_item_id = :item";
    private static final String CLAIM = "UPDATE reminders r SET sent_at = :now, updated_at = :now, version = r.version + 1"
            + " FROM (SELECT id FROM reminders WHERE sent_at IS NULL AND COALESCE(snoozed_until, remind_at) <= :now"
            + " ORDER BY COALESCE(snoozed_until, remind_at) LIMIT :limit FOR UPDATE SKIP LOCKED) due, work_items w,"
            + " projects p WHERE r.id = due.id AND w.id = r.work_item_id AND p.id = w.project_id"
            + " RETURNING r.id, r.workspace_id, r.member_id, r.work_item_id, p.key || '-' || w.number, w.title,"
            + " cast(w.due_date AS text), r.remind_before_minutes";
    private final Sql sql;

    public RemindersRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Reminder> insert(Reminder r) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO reminders (id, workspace_id, member_id, work_item_id,"
                        + " remind_before_minutes, remind_at, version, created_at, updated_at) VALUES (:id, :ws, :m, :item,"
                        + " :before, :remindAt, 0, :at, :at) ON CONFLICT (work_item_id, member_id, remind_before_minutes)"
                        + " DO NOTHING")
                .setParameter("id", r.id()).setParameter("ws", r.workspaceId()).setParameter("m", r.memberId())
                .setParameter("item", r.workItemId()).setParameter("before", (int) r.remindBefore().toMinutes())
                .setParameter("remindAt", r.remindAt()).setParameter("at", r.createdAt()).executeUpdate())
                .map(rows -> {
                    if (rows == 0) {
                        throw new DomainException(ErrorCode.REMINDER_EXISTS, "You already have a reminder "
                                + r.remindBefore() + " before " + r.workItemKey() + " is due: snooze or delete that one.");
                    }
                    return r;
                });
    }

    @Override
    public Uni<Optional<Reminder>> find(UUID workspaceId, UUID id) {
        return sql.one("SELECT " + COLUMNS + FROM + " WHERE r.workspace_id = $1 AND r.id = $2", Tuple.of(workspaceId, id),
                RemindersRepository::fromRow);
    }

    @Override
    public Uni<Page<Reminder>> of(Collection<UUID> memberIds, UUID workItemId, PageRequest page) {
        Params p = new Params().where("r.member_id = ANY(?)", memberIds.toArray(UUID[]::new));
        if (workItemId != null) {
            p.where("r.work_item_id = ?", workItemId);
        }
        if (page.after() != null) {
            p.where(Keyset.after("r.created_at", "r.id", false, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        return sql.list("SELECT " + COLUMNS + FROM + p.clause() + " ORDER BY r.created_at, r.id LIMIT " + (page.limit() + 1),
                        p.tuple(), RemindersRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, x -> Keyset.timestampValue(x.createdAt()), Reminder::id));
    }

    @Override
    public Uni<Reminder> snooze(Reminder r, Instant until, Instant at) {
        return Writes.inSession(s -> s.createNativeQuery("UPDATE reminders SET snoozed_until = :until, sent_at = NULL,"
                        + " version = version + 1, updated_at = :at WHERE workspace_id = :ws AND id = :id AND version = :v")
                .setParameter("until", until).setParameter("at", at).setParameter("ws", r.workspaceId())
                .setParameter("id", r.id()).setParameter("v", r.version()).executeUpdate())
                .map(rows -> {
                    if (rows == 0) {
                        throw Writes.conflict("Reminder " + r.id(), r.version() + 1);
                    }
                    return new Reminder(r.id(), r.workspaceId(), r.memberId(), r.workItemId(), r.workItemKey(),
                            r.remindBefore(), r.remindAt(), until, null, r.version() + 1, r.createdAt());
                });
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id) {
        return Writes.inSession(s -> s.createNativeQuery("DELETE FROM reminders WHERE workspace_id = :ws AND id = :id")
                .setParameter("ws", workspaceId).setParameter("id", id).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> reschedule(UUID workspaceId, UUID workItemId, Instant at) {
        return Writes.inSession(s -> s.createNativeQuery(RESCHEDULE).setParameter("at", at)
                .setParameter("ws", workspaceId).setParameter("item", workItemId).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<DueReminder>> claimDue(Instant now, int limit) {
        return Writes.inSession(s -> Writes.<Object[]>nativeQuery(s, CLAIM).setParameter("now", now)
                .setParameter("limit", limit).getResultList()).map(rows -> {
                    List<DueReminder> due = new ArrayList<>();
                    for (Object[] r : rows) {
                        String key = (String) r[4];
                        Reminder reminder = new Reminder((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], key,
                                Duration.ofMinutes(((Number) r[7]).longValue()), null, null, now, 0, now);
                        due.add(new DueReminder(reminder, new Subject((UUID) r[3], key, (String) r[5]),
                                r[6] == null ? null : LocalDate.parse((String) r[6])));
                    }
                    return due;
                });
    }

    private static Reminder fromRow(Row r) {
        return new Reminder(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("member_id"), r.getUUID("work_item_id"),
                r.getString("item_key"), Duration.ofMinutes(r.getInteger("remind_before_minutes")),
                Rows.instant(r, "remind_at"), Rows.instant(r, "snoozed_until"), Rows.instant(r, "sent_at"),
                r.getLong("version"), Rows.instant(r, "created_at"));
    }
}
