package io.worklane.api.application.notification;

import static io.worklane.api.application.notification.EventFacts.actorMember;
import static io.worklane.api.application.notification.EventFacts.text;
import static io.worklane.api.application.notification.EventFacts.uuid;
import static io.worklane.api.application.notification.EventFacts.uuids;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.notification.Audience;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.notification.People;
import io.worklane.domain.notification.Subject;
import io.worklane.domain.notification.Watchers;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workspace.MemberRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An approval asked for is told to its approvers (named, or holding its role); a decision to its requester and the item's watchers. */
@ApplicationScoped
public class ApprovalReactions {
    private final WorkItems workItems;
    private final Watchers watchers;
    private final People people;
    private final Notifier notifier;

    public ApprovalReactions(WorkItems workItems, Watchers watchers, People people, Notifier notifier) {
        this.workItems = workItems;
        this.watchers = watchers;
        this.people = people;
        this.notifier = notifier;
    }

    Uni<Void> requested(DomainEvent e) {
        String role = text(e.data(), "role");
        Uni<List<UUID>> approvers = role == null ? Uni.createFrom().item(uuids(e.data(), "approvers"))
                : people.withRole(e.workspaceId(), MemberRole.valueOf(role));
        return item(e).chain(item -> item == null ? Uni.createFrom().voidItem() : approvers.chain(members ->
                notifier.tell(new Audience(actorMember(e)).add(members, NotificationKind.APPROVAL_REQUESTED),
                        Notifier.Change.of(e, item, null, uuid(e.data(), "id"), null))));
    }

    Uni<Void> decided(DomainEvent e) {
        Object requestedBy = e.data().get("requestedBy");
        List<UUID> requester = new ArrayList<>();
        if (requestedBy instanceof Map<?, ?> by && "MEMBER".equals(by.get("kind"))) {
            java.util.Optional.ofNullable(io.worklane.domain.shared.Ids.parseOrNull(String.valueOf(by.get("id"))))
                    .ifPresent(requester::add);
        }
        Object decision = e.data().get("decision");
        String verdict = decision instanceof Map<?, ?> d ? String.valueOf(d.get("verdict")) : null;
        String detail = verdict == null ? text(e.data(), "status") : verdict + " (now " + text(e.data(), "status") + ")";
        return item(e).chain(item -> item == null ? Uni.createFrom().voidItem()
                : watchers.watching(e.workspaceId(), item.workItemId()).chain(watching -> notifier.tell(
                        new Audience(actorMember(e)).add(requester, NotificationKind.APPROVAL_DECIDED)
                                .add(watching, NotificationKind.APPROVAL_DECIDED),
                        Notifier.Change.of(e, item, null, uuid(e.data(), "id"), detail))));
    }

    private Uni<Subject> item(DomainEvent e) {
        UUID itemId = uuid(e.data(), "workItemId");
        return workItems.findInTransaction(e.workspaceId(), itemId)
                .map(found -> found.map(w -> new Subject(itemId, w.key(), w.title())).orElse(null));
    }
}
