package io.worklane.api.application.workitem;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.ActivityLog;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.Rank;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemRanks;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves a work item in its project's manual order (boards, {@code sort=rank}; ADR 0052): right before or
 * after another item of the project. Only the moved item's rank changes (fractional indexing); the
 * project's order is locked for the move, so concurrent moves never compute the same key. A move is a
 * change of the item: new version, {@code work_item.updated} with the old rank, a history entry.
 */
@ApplicationScoped
public class WorkItemRanking {
    public static final String FIELD = "rank";
    private final WorkItems workItems;
    private final WorkItemRanks ranks;
    private final Access access;
    private final Events events;
    private final ActivityLog log;
    private final Now now;

    public WorkItemRanking(WorkItems workItems, WorkItemRanks ranks, Access access, Events events, ActivityLog log,
                           Now now) {
        this.workItems = workItems;
        this.ranks = ranks;
        this.access = access;
        this.events = events;
        this.log = log;
        this.now = now;
    }

    /** Where to: exactly one of the two, an item's key or id. */
    public record Move(String before, String after) {
        String anchor() {
            return before != null ? before : after;
        }
    }

    @WithTransaction
    public Uni<WorkItem> rank(Caller caller, String wsRef, String ref, Move move, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE).chain(ws -> {
            // the item first: one of another workspace is not found, whatever the body says
            return WorkItemLookup.load(workItems, caller, ws.id(), ref)
                    .invoke(item -> checked(move))
                    .call(item -> ranks.lock(item.projectId()))
                    // read again under the lock: a move that waited for another sees where it left things
                    .chain(item -> WorkItemLookup.load(workItems, caller, ws.id(), item.id().toString()))
                    .invoke(item -> ExpectedVersion.check(expectedVersion, item.version(), "Work item " + item.key()))
                    .chain(item -> anchor(ws.id(), item, move).chain(anchor -> moved(caller, item, anchor, move)));
        });
    }

    private Uni<WorkItem> anchor(UUID workspaceId, WorkItem item, Move move) {
        String field = move.before() != null ? "before" : "after";
        return workItems.find(workspaceId, move.anchor()).map(found -> {
            WorkItem anchor = found.orElseThrow(() -> refused(field, "UNKNOWN_WORK_ITEM", "'" + move.anchor()
                    + "' is not a work item of this workspace (give its key, e.g. ENG-7, or its id)"));
            if (anchor.id().equals(item.id())) {
                throw refused(field, "SAME_ITEM", "an item cannot be placed next to itself");
            }
            if (!anchor.projectId().equals(item.projectId())) {
                throw refused(field, "OTHER_PROJECT", anchor.key() + " is in another project than " + item.key()
                        + "; the manual order is a project's (its board)");
            }
            return anchor;
        });
    }

    private Uni<WorkItem> moved(Caller caller, WorkItem item, WorkItem anchor, Move move) {
        boolean before = move.before() != null;
        return ranks.rankOf(item.id()).chain(old -> ranks.rankOf(anchor.id()).chain(at -> ranks
                .next(item.projectId(), at, before, item.id())
                .map(next -> before ? Rank.between(next, at) : Rank.between(at, next))
                .chain(rank -> ranks.move(item, rank, now.instant())
                        .call(saved -> recorded(caller, item, saved, old, rank, anchor, before)))));
    }

    private Uni<Void> recorded(Caller caller, WorkItem item, WorkItem saved, String old, String rank, WorkItem anchor,
                               boolean before) {
        Map<String, Object> data = new LinkedHashMap<>(WorkItemData.of(saved));
        data.put(FIELD, rank);
        data.put(before ? "before" : "after", anchor.key());
        Map<String, Object> previous = new LinkedHashMap<>(WorkItemData.of(item));
        previous.put(FIELD, old);
        var entry = new ActivityEntry(Ids.newId(), saved.workspaceId(), saved.id(), saved.updatedAt(),
                caller.actorIn(saved.workspaceId()), FIELD, old, rank);
        return log.record(List.of(entry)).chain(() -> events.record("work_item.updated", saved.workspaceId(),
                saved.id(), caller, saved.updatedAt(), data, previous));
    }

    private static void checked(Move move) {
        if ((move.before() == null) == (move.after() == null)) {
            throw DomainException.validation(List.of(new FieldError(move.before() == null ? "before" : "after",
                    "ONE_NEIGHBOUR", "give exactly one of before and after: the key of the item to place it next to")));
        }
    }

    private static DomainException refused(String field, String code, String message) {
        return DomainException.validation(List.of(new FieldError(field, code, message)));
    }
}
