package io.worklane.api.application.notification;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemLookup;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.notification.Audience;
import io.worklane.domain.notification.Reminder;
import io.worklane.domain.notification.Reminders;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person's due-date reminders: set on an item they may read, listed, snoozed, deleted (theirs only: anyone
 * else's is REMINDER_NOT_FOUND), and fired as DUE_SOON or OVERDUE notifications when due.
 */
@ApplicationScoped
public class ReminderService {
    private final Reminders reminders;
    private final WorkItems workItems;
    private final Notifier notifier;
    private final MeAccess me;
    private final Access access;
    private final Now now;

    public ReminderService(Reminders reminders, WorkItems workItems, Notifier notifier, MeAccess me, Access access,
                           Now now) {
        this.reminders = reminders;
        this.workItems = workItems;
        this.notifier = notifier;
        this.me = me;
        this.access = access;
        this.now = now;
    }

    @WithTransaction
    public Uni<Reminder> create(Caller caller, String wsRef, String itemRef, String remindBefore) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> WorkItemLookup.load(workItems, caller,
                ws.id(), itemRef).chain(item -> {
                    UUID member = Persons.memberIn(caller, ws.id(), "reminders");
                    var before = Reminder.parseOffset(remindBefore, "remindBefore");
                    Instant at = now.instant();
                    return reminders.insert(new Reminder(Ids.newId(), ws.id(), member, item.id(), item.key(), before,
                            Reminder.remindAt(item.dueDate(), before, zone(ws)), null, null, 0, at));
                }));
    }

    public Uni<Page<Reminder>> onItem(Caller caller, String wsRef, String itemRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> WorkItemLookup.load(workItems, caller,
                ws.id(), itemRef).chain(item -> {
                    UUID member = caller.grants().get(ws.id()) == null ? null : caller.grants().get(ws.id()).memberId();
                    return member == null ? Uni.createFrom().item(new Page<>(List.of(), null))
                            : reminders.of(List.of(member), item.id(), page);
                }));
    }

    public Uni<Page<Reminder>> mine(Caller caller, PageRequest page) {
        Set<UUID> members = me.members(caller);
        return members.isEmpty() ? Uni.createFrom().item(new Page<>(List.of(), null))
                : reminders.of(members, null, page);
    }

    @WithTransaction
    public Uni<Reminder> snooze(Caller caller, String wsRef, String id, Instant until, Long expectedVersion) {
        return mineIn(caller, wsRef, id, Scope.WORK_ITEMS_READ).chain(r -> {
            ExpectedVersion.check(expectedVersion, r.version(), "Reminder " + r.id());
            Reminder.checkSnooze(until, now.instant());
            return reminders.snooze(r, until, now.instant());
        });
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return mineIn(caller, wsRef, id, Scope.WORK_ITEMS_READ).chain(r -> {
            ExpectedVersion.check(expectedVersion, r.version(), "Reminder " + r.id());
            return reminders.delete(r.workspaceId(), r.id());
        });
    }

    /** Fires the reminders due now, at most {@code limit}, in one transaction: claimed, told, marked sent. */
    @WithTransaction
    public Uni<Integer> fireDue(int limit) {
        Instant at = now.instant();
        return reminders.claimDue(at, limit).chain(due -> Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(d -> notifier.tell(
                        new Audience(null).add(List.of(d.reminder().memberId()), d.reminder().kind()),
                        new Notifier.Change(d.reminder().workspaceId(), Actor.SYSTEM, at, d.item(), null, null,
                                d.dueDate() == null ? null : "due " + d.dueDate())))
                .collect().asList().replaceWith(due.size()));
    }

    private Uni<Reminder> mineIn(Caller caller, String wsRef, String id, Scope scope) {
        UUID reminderId = Ids.parseOrNull(id);
        return access.workspace(caller, wsRef, scope).chain(ws -> {
            UUID member = caller.grants().get(ws.id()) == null ? null : caller.grants().get(ws.id()).memberId();
            return (reminderId == null || member == null ? Uni.createFrom().item(Optional.<Reminder>empty())
                    : reminders.find(ws.id(), reminderId))
                    .map(found -> found.filter(r -> r.memberId().equals(member)).orElseThrow(() ->
                            DomainException.notFound(ErrorCode.REMINDER_NOT_FOUND, "Reminder", id)));
        });
    }

    private static ZoneId zone(Workspace ws) {
        return ZoneId.of(ws.timeZone());
    }
}
