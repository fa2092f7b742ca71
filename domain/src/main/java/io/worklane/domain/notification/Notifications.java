package io.worklane.domain.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Port: the inboxes. A person may be a member of several workspaces: reads take all their member ids. */
public interface Notifications {
    /**
     * Delivers one notification in the use case's transaction, as {@code preference} says: nothing for NONE;
     * otherwise added to the person's latest unread notification of the same kind about the same item when
     * that one began less than {@code coalesceWithin} ago, else a new one, whose e-mail is queued (EMAIL,
     * IMMEDIATE) or left to the digest (EMAIL, HOURLY or DAILY). Answers the notification, if any.
     */
    Uni<Optional<Notification>> deliver(NewNotification n, Preference preference, Duration coalesceWithin, Instant now);

    /** The inbox, newest first; only unread ones when asked. */
    Uni<Page<Notification>> inbox(Collection<UUID> memberIds, boolean unreadOnly, PageRequest page);

    Uni<Long> unreadCount(Collection<UUID> memberIds);

    Uni<Optional<Notification>> find(Collection<UUID> memberIds, UUID id);

    /** Marks one read (it stays read when it already was); empty when it is not one of theirs. */
    Uni<Optional<Notification>> markRead(Collection<UUID> memberIds, UUID id, Instant at);

    /** Marks every unread one read; answers how many were. */
    Uni<Integer> markAllRead(Collection<UUID> memberIds, Instant at);
}
