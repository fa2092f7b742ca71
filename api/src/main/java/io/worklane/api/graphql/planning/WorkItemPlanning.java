package io.worklane.api.graphql.planning;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.planning.DependencyService;
import io.worklane.api.application.planning.ItemPlans;
import io.worklane.api.application.planning.LinkService;
import io.worklane.api.application.planning.Related;
import io.worklane.api.application.shared.Access;
import io.worklane.api.graphql.planning.PlanningTypes.ConflictView;
import io.worklane.api.graphql.planning.PlanningTypes.DependencyView;
import io.worklane.api.graphql.planning.PlanningTypes.LinkView;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.apikey.Scope;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * A work item's dependencies, links and planning facts, each loaded for a whole level of items at
 * once (two statements for dependencies or links, five for blocked and conflicts), per workspace.
 */
@GraphQLApi
@Authenticated
public class WorkItemPlanning {
    private final DependencyService dependencies;
    private final LinkService links;
    private final ItemPlans plans;
    private final CurrentCaller caller;

    public WorkItemPlanning(DependencyService dependencies, LinkService links, ItemPlans plans, CurrentCaller caller) {
        this.dependencies = dependencies;
        this.links = links;
        this.plans = plans;
        this.caller = caller;
    }

    @NonNull
    @Description("What the item waits for, oldest first. Needs work_items:read.")
    public Uni<List<@NonNull List<@NonNull DependencyView>>> predecessors(@Source List<WorkItem> sources) {
        return related(sources).map(found -> sources.stream().map(w -> found.get(w.domain().id()))
                .map(d -> d == null ? List.<PlanningTypes.DependencyView>of() : d.predecessors().stream()
                        .map(x -> PlanningTypes.DependencyView.of(x.dependency(), x.other(), d.item())).toList())
                .toList());
    }

    @NonNull
    @Description("What waits for the item, oldest first. Needs work_items:read.")
    public Uni<List<@NonNull List<@NonNull DependencyView>>> successors(@Source List<WorkItem> sources) {
        return related(sources).map(found -> sources.stream().map(w -> found.get(w.domain().id()))
                .map(d -> d == null ? List.<PlanningTypes.DependencyView>of() : d.successors().stream()
                        .map(x -> PlanningTypes.DependencyView.of(x.dependency(), d.item(), x.other())).toList())
                .toList());
    }

    @NonNull
    @Description("The item's plain links in both directions, oldest first. Needs work_items:read.")
    public Uni<List<@NonNull List<@NonNull LinkView>>> links(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, List<Related.Linked>>load(sources, WorkItemPlanning::ws,
                    w -> List.of(w.domain().id()), (ws, ids) -> {
                        Access.require(who, ws, Scope.WORK_ITEMS_READ);
                        return links.ofItems(ws, items(sources, ws, ids));
                    });
        }).map(found -> sources.stream().map(w -> found.getOrDefault(w.domain().id(), List.of()).stream()
                .map(PlanningTypes.LinkView::of).toList()).toList());
    }

    @NonNull
    @Description("True while a finish-to-start predecessor is neither done nor cancelled.")
    public Uni<List<@NonNull Boolean>> blocked(@Source List<WorkItem> sources) {
        return plans(sources).map(found -> sources.stream().map(w -> found.getOrDefault(w.domain().id(),
                ItemPlans.ItemPlan.NONE).blocked()).toList());
    }

    @NonNull
    @Description("The dependencies the item's dates break, and by how much, until resolved.")
    public Uni<List<@NonNull List<@NonNull ConflictView>>> scheduleConflicts(
            @Source List<WorkItem> sources) {
        return plans(sources).map(found -> sources.stream().map(w -> found.getOrDefault(w.domain().id(),
                ItemPlans.ItemPlan.NONE).conflicts().stream().map(PlanningTypes.ConflictView::of).toList()).toList());
    }

    private Uni<Map<UUID, Related.Dependencies>> related(List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, Related.Dependencies>load(sources, WorkItemPlanning::ws,
                    w -> List.of(w.domain().id()), (ws, ids) -> {
                        Access.require(who, ws, Scope.WORK_ITEMS_READ);
                        return dependencies.ofItems(ws, items(sources, ws, ids));
                    });
        });
    }

    private Uni<Map<UUID, ItemPlans.ItemPlan>> plans(List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, ItemPlans.ItemPlan>load(sources, WorkItemPlanning::ws,
                    w -> List.of(w.domain().id()), (ws, ids) -> {
                        Access.require(who, ws, Scope.WORK_ITEMS_READ);
                        return plans.of(ws, items(sources, ws, ids));
                    });
        });
    }

    private static List<io.worklane.domain.workitem.WorkItem> items(List<WorkItem> sources, UUID ws,
                                                                  java.util.Set<UUID> ids) {
        return sources.stream().map(WorkItem::domain).filter(w -> w.workspaceId().equals(ws) && ids.contains(w.id()))
                .collect(Collectors.toMap(io.worklane.domain.workitem.WorkItem::id, w -> w, (a, b) -> a))
                .values().stream().toList();
    }

    private static UUID ws(WorkItem w) {
        return w.domain().workspaceId();
    }
}
