package io.worklane.domain.notification;

import io.worklane.domain.shared.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a person's inbox. {@code count} is how many changes it stands for: changes of one kind to
 * one item within the coalescing window add to the latest unread notification instead of making another.
 */
public record Notification(UUID id, UUID workspaceId, UUID memberId, NotificationKind kind, Subject subject,
                           UUID commentId, UUID approvalId, Actor actor, String summary, int count,
                           EmailState emailState, Instant readAt, Instant createdAt, Instant updatedAt) {

    public boolean unread() {
        return readAt == null;
    }
}
