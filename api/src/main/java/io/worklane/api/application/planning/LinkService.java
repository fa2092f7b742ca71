package io.worklane.api.application.planning;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemLookup;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.planning.Link;
import io.worklane.domain.planning.LinkType;
import io.worklane.domain.planning.Links;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Plain links between work items (RELATES_TO, DUPLICATES), across projects of a workspace. */
@ApplicationScoped
public class LinkService {
    private final Links links;
    private final WorkItems workItems;
    private final PlanningActivity activity;
    private final Access access;
    private final Events events;
    private final Now now;

    public LinkService(Links links, WorkItems workItems, PlanningActivity activity, Access access, Events events,
                       Now now) {
        this.links = links;
        this.workItems = workItems;
        this.activity = activity;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    private record Ends(WorkItem source, WorkItem target) {
    }

    @WithTransaction
    public Uni<Related.Linked> add(Caller caller, String wsRef, String itemRef, String targetRef, LinkType type) {
        if (targetRef == null || targetRef.isBlank()) {
            throw DomainException.validation(List.of(new FieldError("target", "REQUIRED",
                    "is required: the id or key of the item to link to, e.g. ENG-5")));
        }
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(source -> WorkItemLookup.load(workItems, caller, source.workspaceId(), targetRef)
                        .map(target -> new Ends(source, target)))
                .chain(e -> links.insert(Link.create(e.source().workspaceId(), e.source().id(), e.target().id(), type,
                                e.source().key(), now.instant()))
                        .map(link -> new Related.Linked(link, e.target(), true))
                        .call(l -> activity.linkAdded(caller, l, e.source()))
                        .call(l -> events.record("link.created", l.link().workspaceId(), l.link().id(), caller,
                                l.link().createdAt(), PlanningData.of(l.link(), e.source(), e.target()), null)));
    }

    /** The item's links, each with the item at the other end. */
    public Uni<List<Related.Linked>> list(Caller caller, String wsRef, String itemRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> ofItems(item.workspaceId(), List.of(item)).map(found -> found.get(item.id())));
    }

    /** The links of each item, in two statements whatever their number. */
    public Uni<Map<UUID, List<Related.Linked>>> ofItems(UUID workspaceId, List<WorkItem> items) {
        List<UUID> ids = items.stream().map(WorkItem::id).toList();
        return links.touching(workspaceId, ids).chain(found -> others(workspaceId, found).map(byId ->
                items.stream().collect(Collectors.toMap(WorkItem::id, item -> found.stream()
                        .filter(l -> l.sourceId().equals(item.id()) || l.targetId().equals(item.id()))
                        .map(l -> l.sourceId().equals(item.id()) ? new Related.Linked(l, byId.get(l.targetId()), true)
                                : new Related.Linked(l, byId.get(l.sourceId()), false)).toList(), (a, b) -> a))));
    }

    @WithTransaction
    public Uni<UUID> remove(Caller caller, String wsRef, String itemRef, String linkRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> ofItems(item.workspaceId(), List.of(item)).map(found -> found.get(item.id()).stream()
                        .filter(l -> l.link().id().equals(Ids.parseOrNull(linkRef))).findFirst()
                        .map(l -> new Removal(item, l))
                        .orElseThrow(() -> DomainException.notFound(ErrorCode.LINK_NOT_FOUND, "Link of " + item.key(),
                                linkRef))))
                .call(r -> links.delete(r.item().workspaceId(), r.link().link().id()))
                .call(r -> activity.linkRemoved(caller, r.link(), r.item(), now.instant()))
                .call(r -> events.record("link.deleted", r.item().workspaceId(), r.link().link().id(), caller,
                        now.instant(), r.link().outgoing() ? PlanningData.of(r.link().link(), r.item(), r.link().other())
                                : PlanningData.of(r.link().link(), r.link().other(), r.item()), null))
                .map(r -> r.link().link().id());
    }

    private record Removal(WorkItem item, Related.Linked link) {
    }

    private Uni<Map<UUID, WorkItem>> others(UUID workspaceId, List<Link> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        var ids = found.stream().flatMap(l -> java.util.stream.Stream.of(l.sourceId(), l.targetId()))
                .collect(Collectors.toSet());
        return workItems.byIds(workspaceId, ids)
                .map(items -> items.stream().collect(Collectors.toMap(WorkItem::id, Function.identity())));
    }

}
