package io.worklane.api.application.workitem;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.automation.AutomationEngine;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.automation.RuleTrigger;
import io.worklane.domain.workflow.TransitionCheck;
import io.worklane.domain.workitem.Comment;
import io.worklane.domain.workitem.Comments;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a work item through its workflow, the only way its status changes. Every guard is evaluated
 * and a refusal names each failed one; a dry run answers the same and changes nothing. The move is
 * one transaction with its event, its optional comment and the item's new version (two simultaneous
 * moves: one wins, the other gets CONFLICT).
 */
@ApplicationScoped
public class TransitionService {
    private final WorkItems workItems;
    private final Comments comments;
    private final WorkflowResolver workflows;
    private final GuardContexts contexts;
    private final WorkItemActivity activity;
    private final AutomationEngine automation;
    private final Access access;
    private final Events events;
    private final Now now;

    public TransitionService(WorkItems workItems, Comments comments, WorkflowResolver workflows,
                             GuardContexts contexts, WorkItemActivity activity, AutomationEngine automation,
                             Access access, Events events, Now now) {
        this.activity = activity;
        this.workItems = workItems;
        this.comments = comments;
        this.workflows = workflows;
        this.contexts = contexts;
        this.automation = automation;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    public record Request(String to, String comment, boolean dryRun, Long expectedVersion) {
    }

    /** What happened: the check that allowed the move and the item after it (as it is, for a dry run). */
    public record Outcome(TransitionCheck.Evaluated check, WorkItem item, boolean dryRun) {
    }

    /** The moves out of the item's current state {@code from}, each with what its guards say now. */
    public record Available(String from, List<TransitionCheck.Evaluated> checks) {
    }

    public Uni<Available> available(Caller caller, String wsRef, String itemRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> WorkItemLookup.load(workItems, caller,
                ws.id(), itemRef).chain(item -> available(caller, item)));
    }

    /** For an item already loaded (a GraphQL field of it): the scope is checked in memory, no lookup again. */
    public Uni<Available> available(Caller caller, WorkItem item) {
        Access.require(caller, item.workspaceId(), Scope.WORK_ITEMS_READ);
        return workflows.forItem(item).chain(workflow -> contexts.of(caller, item, workflow)
                .map(context -> new Available(item.status(), workflow.availableTransitions(item.status(), context))));
    }

    @WithTransaction
    public Uni<Outcome> transition(Caller caller, String wsRef, String itemRef, Request r) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE).chain(ws -> WorkItemLookup.load(workItems, caller,
                ws.id(), itemRef).chain(item -> {
                    ExpectedVersion.check(r.expectedVersion(), item.version(), "Work item " + item.key());
                    return move(caller, item, r);
                }));
    }

    /**
     * Moves an item already loaded in the caller's transaction (an automation rule moving the item it
     * fired on). The rules that the move triggers run before it returns; the item is answered as they
     * left it.
     */
    public Uni<Outcome> move(Caller caller, WorkItem item, Request r) {
        Access.require(caller, item.workspaceId(), Scope.WORK_ITEMS_WRITE);
        return workflows.forItem(item).chain(workflow -> contexts.of(caller, item, workflow).chain(context -> {
            TransitionCheck check = workflow.check(item.status(), r.to(), context);
            check.ensureAllowed();
            TransitionCheck.Evaluated allowed = (TransitionCheck.Evaluated) check;
            if (r.dryRun()) {
                return Uni.createFrom().item(new Outcome(allowed, item, true));
            }
            WorkItem moved = item.moveTo(r.to(), workflow.statePolicy(), now.instant());
            return workItems.update(moved)
                    .call(saved -> activity.changed(caller, item, saved, saved.updatedAt()))
                    .call(saved -> comment(caller, saved, r.comment()))
                    .call(saved -> events.record("work_item.transitioned", item.workspaceId(), saved.id(), caller,
                            saved.updatedAt(), transitioned(saved, allowed, r.comment()), WorkItemData.of(item)))
                    .call(saved -> automation.after(caller, RuleTrigger.transitioned(allowed.from(), allowed.to()),
                            saved))
                    .chain(workItems::current)
                    .map(saved -> new Outcome(allowed, saved, false));
        }));
    }

    private Uni<Void> comment(Caller caller, WorkItem item, String body) {
        if (body == null || body.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return comments.insert(Comment.write(item.workspaceId(), item.id(), body, caller.actorIn(item.workspaceId()),
                        now.instant()))
                .call(c -> events.record("comment.created", c.workspaceId(), c.id(), caller, c.createdAt(),
                        WorkItemData.of(c), null))
                .replaceWithVoid();
    }

    private static Map<String, Object> transitioned(WorkItem item, TransitionCheck.Evaluated check, String comment) {
        Map<String, Object> data = new LinkedHashMap<>(WorkItemData.of(item));
        data.put("from", check.from());
        data.put("to", check.to());
        data.put("transition", check.transition().name());
        if (comment != null && !comment.isBlank()) {
            data.put("comment", comment);
        }
        return data;
    }
}
