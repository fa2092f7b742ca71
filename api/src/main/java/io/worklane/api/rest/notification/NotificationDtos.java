package io.worklane.api.rest.notification;

import io.worklane.api.application.notification.WorkspacePreferences;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.notification.Channel;
import io.worklane.domain.notification.Digest;
import io.worklane.domain.notification.Notification;
import io.worklane.domain.notification.Preference;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.NotificationChannel;
import io.worklane.openapi.model.NotificationDigest;
import io.worklane.openapi.model.NotificationKind;
import io.worklane.openapi.model.NotificationList;
import io.worklane.openapi.model.NotificationPreference;
import io.worklane.openapi.model.NotificationPreferencesList;
import io.worklane.openapi.model.WorkspaceNotificationPreferences;
import java.util.List;

/** Domain ↔ REST models of notifications and preferences. */
final class NotificationDtos {
    private NotificationDtos() {
    }

    static io.worklane.openapi.model.Notification of(Notification n) {
        return new io.worklane.openapi.model.Notification().id(n.id()).kind(NotificationKind.fromValue(n.kind().name()))
                .workspaceId(n.workspaceId()).workItemId(n.subject().workItemId()).workItemKey(n.subject().key())
                .workItemTitle(n.subject().title()).commentId(n.commentId()).approvalId(n.approvalId())
                .actor(new Actor().kind(ActorKind.fromValue(n.actor().kind().name())).id(n.actor().id())
                        .name(n.actor().name()))
                .summary(n.summary()).count(n.count()).read(!n.unread()).readAt(Dates.utc(n.readAt()))
                .createdAt(Dates.utc(n.createdAt())).updatedAt(Dates.utc(n.updatedAt()));
    }

    static NotificationList list(Page<Notification> page) {
        return new NotificationList().items(page.items().stream().map(NotificationDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    static NotificationPreferencesList preferences(List<WorkspacePreferences> all) {
        return new NotificationPreferencesList().items(all.stream().map(w -> new WorkspaceNotificationPreferences()
                .workspaceId(w.workspaceId()).workspaceSlug(w.workspaceSlug())
                .preferences(w.preferences().stream().map(p -> new NotificationPreference()
                        .kind(NotificationKind.fromValue(p.kind().name()))
                        .channel(NotificationChannel.fromValue(p.channel().name()))
                        .digest(NotificationDigest.fromValue(p.digest().name()))).toList())).toList());
    }

    static Preference of(NotificationPreference p) {
        return new Preference(io.worklane.domain.notification.NotificationKind.valueOf(p.getKind().toString()),
                Channel.valueOf(p.getChannel().toString()),
                p.getDigest() == null ? Digest.IMMEDIATE : Digest.valueOf(p.getDigest().toString()));
    }
}
