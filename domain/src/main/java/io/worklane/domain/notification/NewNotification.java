package io.worklane.domain.notification;

import io.worklane.domain.shared.Actor;
import java.util.UUID;

/** What one change tells one person: made by a reaction, delivered as the person's preference says. */
public record NewNotification(UUID workspaceId, UUID memberId, NotificationKind kind, Subject subject,
                              UUID commentId, UUID approvalId, Actor actor, String summary) {
}
