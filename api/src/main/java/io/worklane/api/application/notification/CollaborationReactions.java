package io.worklane.api.application.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.EventReaction;
import io.worklane.domain.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Collaboration follows the events of a use case, in its transaction (ADR 0038): mentions and watchers are
 * recorded and people are notified as part of the change itself, so none is lost and none is made for a
 * change that rolled back. Events of other kinds cost nothing.
 */
@ApplicationScoped
public class CollaborationReactions implements EventReaction {
    private final WorkItemReactions items;
    private final CommentReactions comments;
    private final ApprovalReactions approvals;

    public CollaborationReactions(WorkItemReactions items, CommentReactions comments, ApprovalReactions approvals) {
        this.items = items;
        this.comments = comments;
        this.approvals = approvals;
    }

    @Override
    public Uni<Void> react(DomainEvent event, Caller caller) {
        return switch (event.type()) {
            case "work_item.created" -> items.created(event);
            case "work_item.updated" -> items.updated(event);
            case "work_item.transitioned" -> items.transitioned(event);
            case "comment.created" -> comments.saved(event, true);
            case "comment.updated" -> comments.saved(event, false);
            case "approval.requested" -> approvals.requested(event);
            case "approval.decided" -> approvals.decided(event);
            default -> Uni.createFrom().voidItem();
        };
    }

    /** Creations of many items (an import's chunk) set-based where they can be; the rest each in turn. */
    @Override
    public Uni<Void> reactAll(List<DomainEvent> events, Caller caller) {
        List<DomainEvent> created = events.stream().filter(e -> "work_item.created".equals(e.type())).toList();
        List<DomainEvent> others = events.stream().filter(e -> !"work_item.created".equals(e.type())).toList();
        return items.createdAll(created).chain(() -> EventReaction.super.reactAll(others, caller));
    }
}
