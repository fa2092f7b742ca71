package io.worklane.api.application.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.config.NotificationsConfig;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.notification.Audience;
import io.worklane.domain.notification.NewNotification;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.notification.NotificationPreferences;
import io.worklane.domain.notification.Notifications;
import io.worklane.domain.notification.Subject;
import io.worklane.domain.notification.Summaries;
import io.worklane.domain.shared.Actor;
import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells an audience about a change, in the change's transaction: each person's preferences are read in one
 * statement, then each notification is delivered (coalesced into a burst, or new with its mail queued).
 */
@ApplicationScoped
public class Notifier {
    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final NotificationsConfig config;

    public Notifier(Notifications notifications, NotificationPreferences preferences, NotificationsConfig config) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.config = config;
    }

    /** What one change is: where, by whom, when, the item it is about, and what to add to the summary. */
    public record Change(UUID workspaceId, Actor actor, Instant at, Subject item, UUID commentId, UUID approvalId,
                         String detail) {
        public static Change of(DomainEvent e, Subject item, UUID commentId, UUID approvalId, String detail) {
            return new Change(e.workspaceId(), e.actor(), e.occurredAt(), item, commentId, approvalId, detail);
        }
    }

    public Uni<Void> tell(Audience audience, Change change) {
        Map<UUID, NotificationKind> recipients = audience.recipients();
        if (recipients.isEmpty() || change.item() == null || change.item().workItemId() == null) {
            return Uni.createFrom().voidItem();
        }
        UUID ws = change.workspaceId();
        return preferences.of(ws, recipients.keySet()).chain(prefs -> {
            List<Uni<Void>> deliveries = new ArrayList<>();
            recipients.forEach((member, kind) -> deliveries.add(notifications.deliver(new NewNotification(ws, member,
                            kind, change.item(), change.commentId(), change.approvalId(), change.actor(),
                            Summaries.of(kind, change.actor(), change.item(), change.detail())),
                    prefs.get(member).of(kind), config.coalesceWindow(), change.at()).replaceWithVoid()));
            // one after the other: they share the use case's session
            return Multi.createFrom().iterable(deliveries).onItem().transformToUniAndConcatenate(u -> u)
                    .collect().last().replaceWithVoid();
        });
    }
}
