package io.worklane.api.application.workitem;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a work item, with its children, to another project of its workspace (ADR 0082): each gets a key of
 * the target, a state of its workflow and the custom values it can keep; its old key still finds it. One
 * transaction: every item is placed (or the move refused) before any is written.
 */
@ApplicationScoped
public class WorkItemMoves {
    private final WorkItems workItems;
    private final Projects projects;
    private final MovePlans plans;
    private final MoveWrites writes;
    private final Access access;
    private final ProjectAccess projectAccess;

    public WorkItemMoves(WorkItems workItems, Projects projects, MovePlans plans, MoveWrites writes, Access access,
                         ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.workItems = workItems;
        this.projects = projects;
        this.plans = plans;
        this.writes = writes;
        this.access = access;
    }

    /** The target project (id or key), the states mapped by the caller, and the version the item must be at. */
    public record Request(String project, Map<String, String> statusMapping, Long expectedVersion) {
        public Request {
            statusMapping = statusMapping == null ? Map.of() : Map.copyOf(statusMapping);
        }
    }

    /** One item moved: as it is now, the key it had, and the custom values it could not keep. */
    public record Moved(WorkItem item, String previousKey, List<String> droppedCustomFields) {
    }

    /** The item asked for first, then its descendants, parents before children. */
    public record Outcome(List<Moved> moved) {
        public WorkItem item() {
            return moved.get(0).item();
        }
    }

    @WithTransaction
    public Uni<Outcome> move(Caller caller, String wsRef, String ref, Request r) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), ref))
                .invoke(item -> ExpectedVersion.check(r.expectedVersion(), item.version(), "Work item " + item.key()))
                .chain(item -> move(caller, item, r));
    }

    /** Moves an item already loaded in the caller's transaction (a bulk change joins it). */
    public Uni<Outcome> move(Caller caller, WorkItem item, Request r) {
        Access.require(caller, item.workspaceId(), Scope.WORK_ITEMS_WRITE);
        return target(caller, item, r.project())
                .chain(to -> subtree(item).chain(items -> plans.plan(to, items, r.statusMapping())))
                .chain(plan -> writes.write(caller, plan))
                .map(Outcome::new);
    }

    /**
     * The project to move to: one the caller sees (a private project it is no member of is 404, ADR 0084), open
     * for new work, and not the item's own.
     */
    public Uni<Project> target(Caller caller, WorkItem item, String ref) {
        return projects.find(item.workspaceId(), ref).map(found -> found.orElseThrow(
                        () -> DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", ref)))
                .call(project -> projectAccess.requireSees(caller, item.workspaceId(), project.id(),
                        ErrorCode.PROJECT_NOT_FOUND, "Project", ref))
                .invoke(Project::ensureOpenForNewWork)
                .invoke(project -> {
                    if (project.id().equals(item.projectId())) {
                        throw new DomainException(ErrorCode.ALREADY_IN_PROJECT, item.key() + " is already in "
                                + project.key() + ". Name another project of the workspace to move it to.");
                    }
                });
    }

    /**
     * The item and its descendants as this transaction sees them. The hierarchy lock keeps anyone from
     * putting a new child under them until the move commits.
     */
    private Uni<List<WorkItem>> subtree(WorkItem item) {
        return workItems.lockHierarchy(item.workspaceId())
                .chain(() -> workItems.descendantsOf(item.workspaceId(), item.id()))
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> workItems.findInTransaction(item.workspaceId(), id))
                        .collect().asList())
                .map(found -> {
                    List<WorkItem> all = new ArrayList<>(List.of(item));
                    found.stream().flatMap(Optional::stream).forEach(all::add);
                    return all;
                });
    }
}
