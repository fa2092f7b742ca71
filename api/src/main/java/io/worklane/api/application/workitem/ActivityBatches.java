package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.ActivityLog;
import io.worklane.domain.activity.CycleTime;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.StatusDurations;
import io.worklane.domain.workflow.StatusDurations.StatusChange;
import io.worklane.domain.workflow.StatusDurations.TimeInState;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The history and its figures for many items or projects of one workspace at once (GraphQL batch
 * resolvers): one statement per call whatever the number; empty asks cost nothing.
 */
@ApplicationScoped
public class ActivityBatches {
    private final ActivityLog log;
    private final NotStartedStates notStarted;
    private final Now now;

    public ActivityBatches(ActivityLog log, NotStartedStates notStarted, Now now) {
        this.log = log;
        this.notStarted = notStarted;
        this.now = now;
    }

    public Uni<Map<UUID, Page<ActivityEntry>>> pages(Caller caller, UUID workspaceId, Collection<UUID> workItemIds,
                                                      PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return workItemIds.isEmpty() ? Uni.createFrom().item(Map.of()) : log.pages(workspaceId, workItemIds, page);
    }

    public Uni<Map<UUID, List<TimeInState>>> statusDurations(Caller caller, UUID workspaceId,
                                                             Collection<WorkItem> items) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        if (items.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return log.statusChanges(workspaceId, items.stream().map(WorkItem::id).toList()).map(changes -> {
            Instant at = now.instant();
            Map<UUID, List<TimeInState>> durations = new LinkedHashMap<>();
            items.forEach(item -> durations.put(item.id(), durations(item, changes.get(item.id()), at)));
            return durations;
        });
    }

    public Uni<Map<UUID, CycleTime>> cycleTimes(Caller caller, UUID workspaceId, Collection<UUID> projectIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return projectIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : notStarted.of(workspaceId).chain(states -> log.cycleTimes(workspaceId, projectIds, states));
    }

    /**
     * Time in each state from creation until {@code at}. The state the item was created in is the first
     * change's "from", or its status if it never moved (so is an item older than its recorded history).
     */
    static List<TimeInState> durations(WorkItem item, List<StatusChange> changes, Instant at) {
        List<StatusChange> history = changes == null ? List.of() : changes;
        String initial = history.isEmpty() ? item.status() : history.get(0).from();
        return StatusDurations.compute(item.createdAt(), initial, history, at);
    }
}
