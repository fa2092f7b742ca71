package io.worklane.api.application.recurrence;

import io.worklane.api.application.project.ProjectAccess;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.Recurrences;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading recurring series with {@code work_items:read}. */
@ApplicationScoped
public class RecurrenceQueries {
    /** How many of its latest items a series shows. */
    public static final int LATEST = 10;
    private final ProjectAccess projectAccess;
    private final Recurrences recurrences;
    private final Projects projects;
    private final Access access;

    public RecurrenceQueries(Recurrences recurrences, Projects projects, Access access, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.recurrences = recurrences;
        this.projects = projects;
        this.access = access;
    }

    /** The workspace's series, or one project's when {@code projectRef} is given. */
    public Uni<Page<Recurrence>> list(Caller caller, String wsRef, String projectRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> projectId(ws, projectRef).chain(projectId -> recurrences.list(ws.id(), projectId, page))
                        .chain(found -> projectAccess.visibleOnly(caller, ws.id(), found, Recurrence::projectId)));
    }

    private Uni<UUID> projectId(Workspace ws, String projectRef) {
        return projectRef == null ? Uni.createFrom().nullItem()
                : ProjectLookup.load(projects, ws, projectRef).map(Project::id);
    }

    public Uni<Recurrence> get(Caller caller, String wsRef, String ref) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> find(ws, ref)
                .call(r -> projectAccess.requireSees(caller, ws.id(), r.projectId(), ErrorCode.RECURRENCE_NOT_FOUND,
                        "Recurrence", ref)));
    }

    /** The latest items the series created, newest first. */
    public Uni<List<Recurrences.Occurrence>> latest(Recurrence r) {
        return recurrences.latest(r.workspaceId(), List.of(r.id()), LATEST)
                .map(found -> found.getOrDefault(r.id(), List.of()));
    }

    /** The latest items of each series (all of one workspace, already read by the caller), in one statement. */
    public Uni<Map<UUID, List<Recurrences.Occurrence>>> latest(UUID workspaceId, Collection<UUID> ids) {
        return recurrences.latest(workspaceId, ids, LATEST);
    }

    /** The series that created each of these items of one workspace (read by the caller already), in one statement. */
    public Uni<Map<UUID, Recurrence>> ofItems(UUID workspaceId, Collection<UUID> workItemIds) {
        return recurrences.ofItems(workspaceId, workItemIds);
    }

    Uni<Recurrence> find(Workspace ws, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Recurrence>empty()) : recurrences.find(ws.id(), id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.RECURRENCE_NOT_FOUND,
                        "Recurrence", ref)));
    }

    Uni<Workspace> workspace(Caller caller, String wsRef, Scope scope) {
        return access.workspace(caller, wsRef, scope);
    }
}
