package io.worklane.api.application.event;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.event.StoredEvent;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.webhook.EventTypePattern;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a live subscriber may follow, checked when it subscribes, with the scopes of the queries of the
 * same data (the change feed needs webhooks:read, work item changes work_items:read), and again whenever
 * its access may have changed ({@link LiveAccess}).
 */
@ApplicationScoped
public class LiveSubscriptions {
    private final Access access;
    private final Projects projects;
    private final LiveEvents live;
    private final LiveAccess liveAccess;
    private final ProjectAccess projectAccess;
    private final EventSight sight;

    public LiveSubscriptions(Access access, Projects projects, LiveEvents live, LiveAccess liveAccess,
                             ProjectAccess projectAccess, EventSight sight) {
        this.projectAccess = projectAccess;
        this.sight = sight;
        this.access = access;
        this.projects = projects;
        this.live = live;
        this.liveAccess = liveAccess;
    }

    /**
     * The workspace's events from now on, only those of the given types (patterns such as work_item.*;
     * none: all), while the caller may read them: {@code connection} is ended when it may not any more.
     */
    public Multi<StoredEvent> events(Caller caller, String wsRef, List<String> types, LiveConnection connection) {
        return Uni.createFrom().deferred(() -> {
            List<EventTypePattern> patterns = types == null || types.isEmpty() ? List.of()
                    : EventTypePattern.parseAll(types, "types");
            return access.workspace(caller, workspace(caller, wsRef), Scope.WEBHOOKS_READ)
                    .chain(ws -> projectAccess.fresh(caller, ws.id())
                            .map(seen -> workspaceEvents(caller, ws.id(), patterns, seen, connection)));
        }).onItem().transformToMulti(m -> m);
    }

    private Multi<StoredEvent> workspaceEvents(Caller caller, UUID workspaceId, List<EventTypePattern> patterns,
                                               ProjectSight seen, LiveConnection connection) {
        Multi<StoredEvent> ofTypes = live.of(workspaceId)
                .filter(e -> patterns.isEmpty() || EventTypePattern.anyMatches(patterns, e.type()));
        Multi<StoredEvent> shown = liveSight(caller, workspaceId, seen).shown(ofTypes);
        return liveAccess.whileAllowed(caller, workspaceId, Scope.WEBHOOKS_READ, connection, shown);
    }

    /**
     * The work_item.* events of one project from now on, while the caller may read them and sees the project (a
     * member removed from a PRIVATE project stops receiving them, ADR 0085).
     */
    public Multi<StoredEvent> workItemChanges(Caller caller, String wsRef, String projectKey, LiveConnection connection) {
        return Uni.createFrom().deferred(() -> access.workspace(caller, workspace(caller, wsRef), Scope.WORK_ITEMS_READ)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, projectKey)
                        .chain(p -> projectAccess.fresh(caller, ws.id())
                                .map(seen -> projectItemChanges(caller, ws.id(), p.id().toString(), seen, connection)))))
                .onItem().transformToMulti(m -> m);
    }

    private Multi<StoredEvent> projectItemChanges(Caller caller, UUID workspaceId, String project, ProjectSight seen,
                                                  LiveConnection connection) {
        // events that may change the sight pass through the judge even though they are not the project's items'
        Multi<StoredEvent> candidates = live.of(workspaceId).filter(e -> LiveSight.changesSight(e) || ofProject(e, project));
        Multi<StoredEvent> shown = liveSight(caller, workspaceId, seen).shown(candidates).filter(e -> ofProject(e, project));
        return liveAccess.whileAllowed(caller, workspaceId, Scope.WORK_ITEMS_READ, connection, shown);
    }

    /** The projects seen as the subscription starts, read again when a membership or a project changes (ADR 0084, 0085). */
    private LiveSight liveSight(Caller caller, UUID workspaceId, ProjectSight seen) {
        return new LiveSight(projectAccess, sight, caller, workspaceId, seen);
    }

    private static boolean ofProject(StoredEvent e, String projectId) {
        return e.type().startsWith("work_item.") && projectId.equals(e.data().get("projectId"));
    }

    /** The workspace named, or the caller's only one; naming it is required of a caller in several. */
    private static String workspace(Caller caller, String wsRef) {
        if (wsRef != null) {
            return wsRef;
        }
        Set<UUID> mine = caller.workspaceIds();
        if (mine != null && mine.size() == 1) {
            return mine.iterator().next().toString();
        }
        throw DomainException.validation(List.of(new FieldError("workspace", "REQUIRED",
                "name the workspace (its id or slug): you can see more than one")));
    }
}
