package io.worklane.api.application.notification;

import static io.worklane.api.application.notification.EventFacts.actorMember;
import static io.worklane.api.application.notification.EventFacts.changed;
import static io.worklane.api.application.notification.EventFacts.item;
import static io.worklane.api.application.notification.EventFacts.text;
import static io.worklane.api.application.notification.EventFacts.uuids;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.notification.Audience;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.notification.Subject;
import io.worklane.domain.notification.WatchReason;
import io.worklane.domain.notification.Watchers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a work item's creation, edit or move means for people: its creator, assignees and the people its
 * description mentions watch it; new assignees and newly mentioned people are told; a move is told to its
 * watchers.
 */
@ApplicationScoped
public class WorkItemReactions {
    private final Watchers watchers;
    private final MentionRecorder mentions;
    private final Notifier notifier;
    private final io.worklane.domain.notification.Reminders reminders;

    public WorkItemReactions(Watchers watchers, MentionRecorder mentions, Notifier notifier,
                             io.worklane.domain.notification.Reminders reminders) {
        this.reminders = reminders;
        this.watchers = watchers;
        this.mentions = mentions;
        this.notifier = notifier;
    }

    Uni<Void> created(DomainEvent e) {
        Subject item = item(e.data());
        List<UUID> assignees = uuids(e.data(), "assigneeIds");
        UUID actor = actorMember(e);
        return mentions.record(e.workspaceId(), item.workItemId(), null, text(e.data(), "description"), true,
                        e.occurredAt())
                .call(() -> watchers.watchAutomatically(e.workspaceId(), item.workItemId(),
                        creators(actor, EventFacts.uuid(e.data(), "reporterId")), WatchReason.CREATOR, e.occurredAt()))
                .call(() -> watchers.watchAutomatically(e.workspaceId(), item.workItemId(), assignees,
                        WatchReason.ASSIGNEE, e.occurredAt()))
                .call(mentioned -> watchers.watchAutomatically(e.workspaceId(), item.workItemId(), mentioned,
                        WatchReason.MENTIONED, e.occurredAt()))
                .chain(mentioned -> notifier.tell(new Audience(actor).add(mentioned, NotificationKind.MENTIONED)
                        .add(assignees, NotificationKind.ASSIGNED), Notifier.Change.of(e, item, null, null, null)));
    }

    /**
     * {@link #created} of many items: an item that names no assignee, reporter or mention only makes its creator
     * watch it, which is one statement for all of them; the others go through {@link #created} in turn.
     */
    Uni<Void> createdAll(List<DomainEvent> events) {
        java.util.Map<java.util.Map.Entry<UUID, UUID>, java.util.Map<UUID, java.time.Instant>> plain =
                new java.util.LinkedHashMap<>();
        Uni<Void> others = Uni.createFrom().voidItem();
        for (DomainEvent e : events) {
            if (!plain(e)) {
                others = others.chain(() -> created(e));
            } else if (actorMember(e) != null) {
                plain.computeIfAbsent(java.util.Map.entry(e.workspaceId(), actorMember(e)),
                        k -> new java.util.LinkedHashMap<>()).put(item(e.data()).workItemId(), e.occurredAt());
            }
        }
        Uni<Void> all = others;
        for (var group : plain.entrySet()) {
            all = all.chain(() -> watchers.watchEachAutomatically(group.getKey().getKey(), group.getKey().getValue(),
                    group.getValue(), WatchReason.CREATOR));
        }
        return all;
    }

    /** A new item whose creation tells nobody and makes nobody but its creator watch it. */
    private static boolean plain(DomainEvent e) {
        return uuids(e.data(), "assigneeIds").isEmpty() && EventFacts.uuid(e.data(), "reporterId") == null
                && io.worklane.domain.notification.MentionParser.mentions(text(e.data(), "description")).isEmpty();
    }

    Uni<Void> updated(DomainEvent e) {
        Uni<Void> reminders = changed(e, "dueDate")
                ? this.reminders.reschedule(e.workspaceId(), item(e.data()).workItemId(), e.occurredAt())
                : Uni.createFrom().voidItem();
        return reminders.chain(() -> peopleOf(e));
    }

    private Uni<Void> peopleOf(DomainEvent e) {
        boolean assigneesChanged = changed(e, "assigneeIds");
        boolean descriptionChanged = changed(e, "description");
        if (!assigneesChanged && !descriptionChanged) {
            return Uni.createFrom().voidItem();
        }
        Subject item = item(e.data());
        Set<UUID> added = new LinkedHashSet<>(uuids(e.data(), "assigneeIds"));
        if (assigneesChanged) {
            added.removeAll(uuids(e.previous(), "assigneeIds"));
        } else {
            added.clear();
        }
        Uni<Set<UUID>> mentioned = descriptionChanged ? mentions.record(e.workspaceId(), item.workItemId(), null,
                text(e.data(), "description"), false, e.occurredAt()) : Uni.createFrom().item(Set.of());
        return mentioned
                .call(() -> watchers.watchAutomatically(e.workspaceId(), item.workItemId(), added, WatchReason.ASSIGNEE,
                        e.occurredAt()))
                .call(newly -> watchers.watchAutomatically(e.workspaceId(), item.workItemId(), newly,
                        WatchReason.MENTIONED, e.occurredAt()))
                .chain(newly -> notifier.tell(new Audience(actorMember(e)).add(newly, NotificationKind.MENTIONED)
                        .add(new ArrayList<>(added), NotificationKind.ASSIGNED), Notifier.Change.of(e, item, null, null,
                        null)));
    }

    /** Who made the item: the member who created it, and the reporter it names (a key creates for someone). */
    private static List<UUID> creators(UUID actor, UUID reporter) {
        return java.util.stream.Stream.of(actor, reporter).filter(java.util.Objects::nonNull).distinct().toList();
    }

    Uni<Void> transitioned(DomainEvent e) {
        Subject item = item(e.data());
        String detail = text(e.data(), "from") + " → " + text(e.data(), "to");
        return watchers.watching(e.workspaceId(), item.workItemId())
                .chain(watching -> notifier.tell(new Audience(actorMember(e)).add(watching,
                        NotificationKind.STATUS_CHANGED), Notifier.Change.of(e, item, null, null, detail)));
    }
}
