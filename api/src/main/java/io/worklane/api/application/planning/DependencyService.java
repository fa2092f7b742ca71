package io.worklane.api.application.planning;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemLookup;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.DependencyCycles;
import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dependencies between work items: each change one transaction with its event and both items' history.
 * Adding one takes the workspace's dependency lock before looking for a cycle, so two requests that
 * together would close one are serialised: the second sees the first's edge and is refused.
 */
@ApplicationScoped
public class DependencyService {
    private final Dependencies dependencies;
    private final WorkItems workItems;
    private final PlanningActivity activity;
    private final Access access;
    private final Events events;
    private final Now now;

    public DependencyService(Dependencies dependencies, WorkItems workItems, PlanningActivity activity,
                             Access access, Events events, Now now) {
        this.dependencies = dependencies;
        this.workItems = workItems;
        this.activity = activity;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    /** What a caller asks for; the predecessor is an id or key. */
    public record Draft(String predecessor, DependencyType type, Integer lagDays) {
    }

    private record Ends(Workspace ws, WorkItem successor, WorkItem predecessor) {
    }

    @WithTransaction
    public Uni<Related.Shown> add(Caller caller, String wsRef, String itemRef, Draft d) {
        if (d.predecessor() == null || d.predecessor().isBlank()) {
            throw DomainException.validation(List.of(new FieldError("predecessor", "REQUIRED",
                    "is required: the id or key of the item this one waits for, e.g. ENG-3")));
        }
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef).map(item -> new Ends(ws, item, null)))
                .chain(e -> WorkItemLookup.load(workItems, caller, e.ws().id(), d.predecessor())
                        .map(p -> new Ends(e.ws(), e.successor(), p)))
                .map(e -> Dependency.create(e.ws().id(), e.predecessor().id(), e.successor().id(), d.type(),
                        d.lagDays(), e.successor().key(), now.instant()))
                .chain(dep -> dependencies.lock(dep.workspaceId())
                        .chain(() -> dependencies.reachableFrom(dep.workspaceId(), dep.successorId()))
                        .chain(edges -> refuseCycle(dep, edges))
                        .chain(() -> dependencies.insert(dep)))
                .chain(dep -> shown(dep))
                .call(s -> activity.dependencyAdded(caller, s))
                .call(s -> events.record("dependency.created", s.dependency().workspaceId(), s.dependency().id(),
                        caller, s.dependency().createdAt(), PlanningData.of(s.dependency(), s.predecessor(),
                                s.successor()), null));
    }

    /** The item's predecessors and successors, each with the item at the other end. */
    public Uni<Related.Dependencies> list(Caller caller, String wsRef, String itemRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> ofItems(item.workspaceId(), List.of(item)).map(found -> found.get(item.id())));
    }

    /** The dependencies of each item, in two statements whatever their number (GraphQL batches). */
    public Uni<Map<UUID, Related.Dependencies>> ofItems(UUID workspaceId, List<WorkItem> items) {
        List<UUID> ids = items.stream().map(WorkItem::id).toList();
        return dependencies.touching(workspaceId, ids).chain(deps -> others(workspaceId, deps).map(byId ->
                items.stream().collect(Collectors.toMap(WorkItem::id, item -> new Related.Dependencies(item,
                        deps.stream().filter(x -> x.successorId().equals(item.id()))
                                .map(x -> new Related.Dependent(x, byId.get(x.predecessorId()))).toList(),
                        deps.stream().filter(x -> x.predecessorId().equals(item.id()))
                                .map(x -> new Related.Dependent(x, byId.get(x.successorId()))).toList()),
                        (a, b) -> a))));
    }

    @WithTransaction
    public Uni<UUID> remove(Caller caller, String wsRef, String itemRef, String dependencyRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> find(item, dependencyRef))
                .chain(dep -> shown(dep))
                .call(s -> dependencies.delete(s.dependency().workspaceId(), s.dependency().id()))
                .call(s -> activity.dependencyRemoved(caller, s, now.instant()))
                .call(s -> events.record("dependency.deleted", s.dependency().workspaceId(), s.dependency().id(),
                        caller, now.instant(), PlanningData.of(s.dependency(), s.predecessor(), s.successor()), null))
                .map(s -> s.dependency().id());
    }

    /** The dependency if it touches the item; another item's (or none) is DEPENDENCY_NOT_FOUND. */
    private Uni<Dependency> find(WorkItem item, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(java.util.Optional.<Dependency>empty())
                : dependencies.find(item.workspaceId(), id))
                .map(found -> found.filter(d -> d.successorId().equals(item.id()) || d.predecessorId().equals(item.id()))
                        .orElseThrow(() -> DomainException.notFound(ErrorCode.DEPENDENCY_NOT_FOUND,
                                "Dependency of " + item.key(), ref)));
    }

    private Uni<Void> refuseCycle(Dependency dep, List<DependencyCycles.Edge> edges) {
        List<UUID> path = DependencyCycles.pathBetween(dep.successorId(), dep.predecessorId(), edges);
        if (path.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return workItems.byIds(dep.workspaceId(), path).map(found -> {
            Map<UUID, String> keys = found.stream().collect(Collectors.toMap(WorkItem::id, WorkItem::key));
            DependencyCycles.ensureNone(dep.predecessorId(), dep.successorId(), edges, keys::get);
            return null;
        });
    }

    private Uni<Related.Shown> shown(Dependency dep) {
        return workItems.byIds(dep.workspaceId(), List.of(dep.predecessorId(), dep.successorId())).map(found -> {
            Map<UUID, WorkItem> byId = found.stream().collect(Collectors.toMap(WorkItem::id, Function.identity()));
            return new Related.Shown(dep, byId.get(dep.predecessorId()), byId.get(dep.successorId()));
        });
    }

    private Uni<Map<UUID, WorkItem>> others(UUID workspaceId, List<Dependency> deps) {
        if (deps.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        var ids = deps.stream().flatMap(d -> java.util.stream.Stream.of(d.predecessorId(), d.successorId()))
                .collect(Collectors.toSet());
        return workItems.byIds(workspaceId, ids)
                .map(found -> found.stream().collect(Collectors.toMap(WorkItem::id, Function.identity())));
    }
}
