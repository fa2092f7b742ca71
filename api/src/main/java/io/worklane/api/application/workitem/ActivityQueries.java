package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.ActivityLog;
import io.worklane.domain.activity.CycleTime;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.StatusDurations.TimeInState;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads of a work item's history and of the figures drawn from it (REST); GraphQL batches: ActivityBatches. */
@ApplicationScoped
public class ActivityQueries {
    private final ActivityLog log;
    private final WorkItems workItems;
    private final Projects projects;
    private final Access access;
    private final NotStartedStates notStarted;
    private final Now now;
    private final ProjectAccess projectAccess;

    public ActivityQueries(ActivityLog log, WorkItems workItems, Projects projects, Access access,
                           NotStartedStates notStarted, Now now, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.notStarted = notStarted;
        this.log = log;
        this.workItems = workItems;
        this.projects = projects;
        this.access = access;
        this.now = now;
    }

    /**
     * An item's history, oldest first. A deleted item's history is still there and is read by the item's id
     * (its key no longer names anything); an id that never was an item is WORK_ITEM_NOT_FOUND.
     */
    public Uni<Page<ActivityEntry>> list(Caller caller, String wsRef, String itemRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> workItems.find(ws.id(), itemRef)
                .chain(item -> item.isPresent() ? projectAccess.requireSees(caller, ws.id(),
                        item.get().projectId(), ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", itemRef)
                        .replaceWith(item.get().id()) : deletedItem(caller, ws.id(), itemRef))
                .chain(id -> log.list(ws.id(), id, page)));
    }

    public Uni<List<TimeInState>> statusDurations(Caller caller, String wsRef, String itemRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> log.statusChanges(item.workspaceId(), List.of(item.id()))
                        .map(changes -> ActivityBatches.durations(item, changes.get(item.id()), now.instant())));
    }

    public Uni<CycleTime> cycleTime(Caller caller, String wsRef, String projectRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, projectRef))
                .chain(project -> notStarted.of(project.workspaceId()).chain(states -> log.cycleTimes(
                        project.workspaceId(), List.of(project.id()), states)).map(times -> times.get(project.id())));
    }

    /** A deleted item's id, if the caller may read its history: its project (kept by its tombstone) is seen. */
    private Uni<UUID> deletedItem(Caller caller, UUID workspaceId, String itemRef) {
        UUID id = Ids.parseOrNull(itemRef);
        Uni<Boolean> deleted = id == null ? Uni.createFrom().item(false) : log.wasDeleted(workspaceId, id);
        return deleted.map(yes -> {
            if (!yes) {
                throw DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", itemRef);
            }
            return id;
        }).call(() -> workItems.projectsOf(workspaceId, List.of(id)).chain(projects -> projectAccess
                .requireSees(caller, workspaceId, projects.get(id), ErrorCode.WORK_ITEM_NOT_FOUND, "Work item",
                        itemRef)));
    }
}
