package io.worklane.api.application.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.notification.Notification;
import io.worklane.domain.notification.Notifications;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * A person's inbox across their workspaces. Only the caller's own notifications exist for them: another
 * person's is NOTIFICATION_NOT_FOUND. An API key has no inbox: its lists are empty.
 */
@ApplicationScoped
public class InboxService {
    private final Notifications notifications;
    private final MeAccess access;
    private final Now now;

    public InboxService(Notifications notifications, MeAccess access, Now now) {
        this.notifications = notifications;
        this.access = access;
        this.now = now;
    }

    public Uni<Page<Notification>> inbox(Caller caller, boolean unreadOnly, PageRequest page) {
        Set<UUID> members = access.members(caller);
        return members.isEmpty() ? Uni.createFrom().item(new Page<>(java.util.List.of(), null))
                : notifications.inbox(members, unreadOnly, page);
    }

    public Uni<Long> unreadCount(Caller caller) {
        Set<UUID> members = access.members(caller);
        return members.isEmpty() ? Uni.createFrom().item(0L) : notifications.unreadCount(members);
    }

    public Uni<Notification> markRead(Caller caller, String id) {
        Set<UUID> members = access.members(caller);
        UUID notificationId = Ids.parseOrNull(id);
        if (members.isEmpty() || notificationId == null) {
            return Uni.createFrom().failure(notFound(id));
        }
        return notifications.markRead(members, notificationId, now.instant())
                .map(found -> found.orElseThrow(() -> notFound(id)));
    }

    public Uni<Integer> markAllRead(Caller caller) {
        Set<UUID> members = access.members(caller);
        return members.isEmpty() ? Uni.createFrom().item(0) : notifications.markAllRead(members, now.instant());
    }

    /** One of the caller's notifications (a live subscriber loading what it was told about). */
    public Uni<java.util.Optional<Notification>> find(Set<UUID> members, UUID id) {
        return notifications.find(members, id);
    }

    private static DomainException notFound(String id) {
        return DomainException.notFound(ErrorCode.NOTIFICATION_NOT_FOUND, "Notification", id);
    }
}
