package io.worklane.api.application.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.TransitionService;
import io.worklane.api.application.workitem.WorkItemData;
import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.api.application.workitem.WorkItemService;
import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.workitem.Comment;
import io.worklane.domain.workitem.Comments;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "then" of a rule: each action through the use case or port that does it for people, so the same
 * rules (guards, validation, events) apply. Each action sees the item as the previous one left it.
 */
@ApplicationScoped
public class RuleActions {
    private final ItemEdits edits;
    private final TransitionService transitions;
    private final WorkItemService items;
    private final Comments comments;
    private final WorkItems workItems;
    private final Events events;
    private final Now now;
    private final TeamAssign teamAssign;

    public RuleActions(ItemEdits edits, TransitionService transitions, WorkItemService items, Comments comments,
                       WorkItems workItems, Events events, Now now, TeamAssign teamAssign) {
        this.teamAssign = teamAssign;
        this.edits = edits;
        this.transitions = transitions;
        this.items = items;
        this.comments = comments;
        this.workItems = workItems;
        this.events = events;
        this.now = now;
    }

    /** Runs the actions in order; the first refused ends the run, naming the action ({@code actions[1]}). */
    Uni<Void> runAll(Caller actor, AutomationRule rule, WorkItem item) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int i = 0; i < rule.actions().size(); i++) {
            int index = i;
            Action action = rule.actions().get(i);
            all = all.chain(() -> (item == null ? run(actor, rule, action, null)
                            : workItems.current(item).chain(current -> run(actor, rule, action, current)))
                    .onFailure(DomainException.class).transform(e -> new DomainException(((DomainException) e).code(),
                            "actions[" + index + "] " + action.kind() + ": " + e.getMessage(),
                            ((DomainException) e).errors())));
        }
        return all;
    }

    // Java 17: no pattern matching in switch yet, hence the chain of instanceof
    private Uni<Void> run(Caller actor, AutomationRule rule, Action action, WorkItem item) {
        if (action instanceof Action.SetField set) {
            return edits.set(actor, item, set);
        } else if (action instanceof Action.Assign assign) {
            return edits.assign(actor, item, assign);
        } else if (action instanceof Action.AssignTeam assign) {
            return teamAssign.run(actor, item, assign);
        } else if (action instanceof Action.Transition move) {
            return transition(actor, item, move);
        } else if (action instanceof Action.AddComment comment) {
            return comment(actor, item, comment);
        } else if (action instanceof Action.CreateWorkItem create) {
            return create(actor, rule, item, create);
        }
        return emit(actor, rule, item, (Action.EmitEvent) action);
    }

    /** Through the workflow, guards included; moving an item to the state it is in is nothing to do. */
    private Uni<Void> transition(Caller actor, WorkItem item, Action.Transition move) {
        if (move.to().equals(item.status())) {
            return Uni.createFrom().voidItem();
        }
        return transitions.move(actor, item, new TransitionService.Request(move.to(), null, false, item.version()))
                .replaceWithVoid();
    }

    private Uni<Void> comment(Caller actor, WorkItem item, Action.AddComment add) {
        return comments.insert(Comment.write(item.workspaceId(), item.id(), add.text(),
                        actor.actorIn(item.workspaceId()), now.instant()))
                .call(c -> events.record("comment.created", c.workspaceId(), c.id(), actor, c.createdAt(),
                        WorkItemData.of(c), null))
                .replaceWithVoid();
    }

    /** In the named project or the item's own, as a child of the item if asked; it may trigger rules itself. */
    private Uni<Void> create(Caller actor, AutomationRule rule, WorkItem item, Action.CreateWorkItem create) {
        String project = create.projectKey() != null ? create.projectKey()
                : item != null ? item.projectId().toString() : rule.projectId().toString();
        String parent = create.asChild() && item != null ? item.id().toString() : null;
        return items.create(actor, rule.workspaceId().toString(), new WorkItemDraft(project, create.type(),
                create.title(), null, null, null, null, null, parent, null, null, null, null, null)).replaceWithVoid();
    }

    /** A custom event for integrations (delivered with the webhooks work): the rule, the item and the rule's data. */
    private Uni<Void> emit(Caller actor, AutomationRule rule, WorkItem item, Action.EmitEvent emit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", Map.of("id", rule.id().toString(), "name", rule.name()));
        data.put("workItem", item == null ? null : WorkItemData.of(item));
        data.put("data", emit.data());
        return events.record(emit.name(), rule.workspaceId(), item == null ? rule.id() : item.id(), actor,
                now.instant(), data, null);
    }
}
