package io.worklane.api.application.notification;

import static io.worklane.api.application.notification.EventFacts.actorMember;
import static io.worklane.api.application.notification.EventFacts.text;
import static io.worklane.api.application.notification.EventFacts.uuid;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.notification.Audience;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.notification.Subject;
import io.worklane.domain.notification.WatchReason;
import io.worklane.domain.notification.Watchers;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A comment written or edited: its author and the people it mentions watch the item; the mentioned are told
 * they were mentioned, the other watchers that there is a comment (not for an edit: only new mentions count).
 */
@ApplicationScoped
public class CommentReactions {
    private final WorkItems workItems;
    private final Watchers watchers;
    private final MentionRecorder mentions;
    private final Notifier notifier;

    public CommentReactions(WorkItems workItems, Watchers watchers, MentionRecorder mentions, Notifier notifier) {
        this.workItems = workItems;
        this.watchers = watchers;
        this.mentions = mentions;
        this.notifier = notifier;
    }

    Uni<Void> saved(DomainEvent e, boolean created) {
        UUID itemId = uuid(e.data(), "workItemId");
        UUID commentId = uuid(e.data(), "id");
        UUID actor = actorMember(e);
        return workItems.findInTransaction(e.workspaceId(), itemId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Subject item = new Subject(itemId, found.get().key(), found.get().title());
            return mentions.record(e.workspaceId(), itemId, commentId, text(e.data(), "body"), created, e.occurredAt())
                    .call(() -> !created ? Uni.createFrom().voidItem() : watchers.watchAutomatically(e.workspaceId(),
                            itemId, Optional.ofNullable(actor).stream().toList(), WatchReason.COMMENTER, e.occurredAt()))
                    .call(mentioned -> watchers.watchAutomatically(e.workspaceId(), itemId, mentioned,
                            WatchReason.MENTIONED, e.occurredAt()))
                    .chain(mentioned -> (created ? watchers.watching(e.workspaceId(), itemId)
                            : Uni.createFrom().item(List.<UUID>of()))
                            .chain(watching -> notifier.tell(audience(actor, mentioned, watching),
                                    Notifier.Change.of(e, item, commentId, null, excerpt(text(e.data(), "body"))))));
        });
    }

    private static Audience audience(UUID actor, Set<UUID> mentioned, List<UUID> watching) {
        return new Audience(actor).add(mentioned, NotificationKind.MENTIONED).add(watching, NotificationKind.COMMENTED);
    }

    private static String excerpt(String body) {
        if (body == null) {
            return null;
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
    }
}
