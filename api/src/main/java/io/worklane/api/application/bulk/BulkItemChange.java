package io.worklane.api.application.bulk;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.TransitionService;
import io.worklane.api.application.workitem.WorkItemMoves;
import io.worklane.api.application.workitem.WorkItemPatch;
import io.worklane.api.application.workitem.WorkItemService;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.UUID;

/**
 * A bulk change applied to one item through the use cases that change a single item (WorkItemService,
 * TransitionService, WorkItemMoves): the same checks, versions, history, events and automation. The fields and
 * labels are one update, then the transition and the move to another project are made on the item as this
 * transaction left it. One transaction; inside a larger
 * one (an atomic bulk change, a job's step) it joins that one.
 */
@ApplicationScoped
public class BulkItemChange {
    private final WorkItemService items;
    private final TransitionService transitions;
    private final WorkItems workItems;
    private final WorkItemMoves moves;

    public BulkItemChange(WorkItemService items, TransitionService transitions, WorkItems workItems,
                          WorkItemMoves moves) {
        this.moves = moves;
        this.items = items;
        this.transitions = transitions;
        this.workItems = workItems;
    }

    /** An item a bulk change acts on, found before it started. */
    public record BulkTarget(UUID workspaceId, UUID id, String key) {
    }

    /** The item after the change; null once deleted. */
    @WithTransaction
    public Uni<WorkItem> apply(Caller caller, String wsRef, BulkTarget target, BulkOperation op) {
        String ref = target.id().toString();
        if (op.delete()) {
            return items.delete(caller, wsRef, ref, null).replaceWith((WorkItem) null);
        }
        Uni<WorkItem> changed = op.set() == null && !op.changesLabels() ? current(target)
                : patch(target, op).chain(patch -> patch == null ? current(target)
                : items.update(caller, wsRef, ref, null, patch));
        Uni<WorkItem> transitioned = op.transition() == null ? changed
                : changed.chain(item -> transitions.move(caller, item,
                        new TransitionService.Request(op.transition(), null, false, null)))
                .map(TransitionService.Outcome::item);
        return op.move() == null ? transitioned : transitioned.chain(item -> moved(caller, item, op.move()));
    }

    /**
     * The item moved to the project with its children. One already there (moved along with its parent earlier
     * in this change, or never elsewhere) has nothing to do, as a label it already has: it succeeds unchanged.
     */
    private Uni<WorkItem> moved(Caller caller, WorkItem item, WorkItemMoves.Request move) {
        return moves.move(caller, item, move).map(WorkItemMoves.Outcome::item)
                .onFailure(e -> e instanceof DomainException d && d.code() == ErrorCode.ALREADY_IN_PROJECT)
                .recoverWithItem(item);
    }

    /** The update to make: the fields set, with the labels added and removed; null when it changes nothing. */
    private Uni<WorkItemPatch> patch(BulkTarget target, BulkOperation op) {
        WorkItemPatch set = op.set() == null ? noChange() : op.set();
        if (!op.changesLabels()) {
            return Uni.createFrom().item(set);
        }
        return current(target).map(item -> {
            LinkedHashSet<String> labels = new LinkedHashSet<>(item.labels());
            labels.addAll(op.addLabels());
            op.removeLabels().forEach(labels::remove);
            boolean same = labels.equals(new LinkedHashSet<>(item.labels()));
            return same && op.set() == null ? null : same ? set : withLabels(set, new ArrayList<>(labels));
        });
    }

    /** The item as this transaction sees it (a pool read would miss what the transaction did to it). */
    private Uni<WorkItem> current(BulkTarget target) {
        return workItems.findInTransaction(target.workspaceId(), target.id()).map(found -> found.orElseThrow(
                () -> DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", target.key())));
    }

    private static WorkItemPatch noChange() {
        return withLabels(null, null);
    }

    private static WorkItemPatch withLabels(WorkItemPatch p, java.util.List<String> labels) {
        Change<java.util.List<String>> newLabels = labels == null ? Change.absent() : Change.to(labels);
        if (p == null) {
            return new WorkItemPatch(Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                    Change.absent(), Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                    Change.absent(), newLabels, Change.absent());
        }
        return new WorkItemPatch(p.title(), p.description(), p.status(), p.priority(), p.assigneeIds(),
                p.reporterId(), p.parent(), p.startDate(), p.dueDate(), p.estimateMinutes(), newLabels,
                p.customFields(), p.startNoEarlierThan(), p.finishNoLaterThan(), p.phase());
    }
}
