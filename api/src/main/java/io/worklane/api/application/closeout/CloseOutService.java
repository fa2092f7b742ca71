package io.worklane.api.application.closeout;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectData;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.statusreport.ItemStates;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.closeout.CloseOutPolicy;
import io.worklane.domain.closeout.ProjectClosure;
import io.worklane.domain.closeout.ProjectClosures;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectChanges;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.statusreport.ReportStatus;
import io.worklane.domain.statusreport.StatusReports;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Closing a project ({@code projects:write}): refused with every reason at once (open items, the final
 * status report unpublished) like a guarded transition, unless the project's MANAGER or a workspace OWNER or
 * ADMIN forces it (the overridden reasons are recorded). A MANAGER closes its project without projects:write. The project becomes COMPLETED or CANCELLED, its outcome and lessons
 * are kept, and {@code project.closed} is emitted, all in one transaction.
 */
@ApplicationScoped
public class CloseOutService {
    private final Projects projects;
    private final WorkItems workItems;
    private final ItemStates states;
    private final StatusReports reports;
    private final ProjectClosures closures;
    private final Access access;
    private final Events events;
    private final Now now;
    private final ProjectAccess projectAccess;

    public CloseOutService(Projects projects, WorkItems workItems, ItemStates states, StatusReports reports,
                           ProjectClosures closures, Access access, Events events, Now now,
                           ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.projects = projects;
        this.workItems = workItems;
        this.states = states;
        this.reports = reports;
        this.closures = closures;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    public record Request(String outcome, String lessonsLearned, ProjectStatus status, boolean force) {
    }

    @WithTransaction
    public Uni<ProjectClosure> close(Caller caller, String wsRef, String projectRef, Request r) {
        // closing is managing the project (projects:write or its MANAGER); forcing it past its reasons is the call of
        // the workspace's owners and admins or of the project's MANAGER, not of any writer (ADR 0084)
        Scope needed = r.force() ? Scope.ADMIN : Scope.PROJECTS_WRITE;
        return access.workspace(caller, wsRef)
                .chain(ws -> projectAccess.loadToManage(caller, ws, projectRef, needed))
                .invoke(p -> {
                    if (p.status().isClosed()) {
                        throw new DomainException(ErrorCode.PROJECT_ALREADY_CLOSED, "Project " + p.key() + " is "
                                + p.status() + " already. Reopen it (PATCH status ACTIVE) to close it again.");
                    }
                })
                .chain(p -> reasons(p).map(reasons -> {
                    if (!reasons.isEmpty() && !r.force()) {
                        throw new DomainException(ErrorCode.PROJECT_NOT_READY_TO_CLOSE, "Project " + p.key()
                                + " cannot close yet: " + reasons.size() + " reason(s) in errors. Its MANAGER or a workspace"
                                + " owner or admin may close it anyway with \"force\": true (recorded).", reasons);
                    }
                    return ProjectClosure.of(p.workspaceId(), p.id(), p.key(), p.name(), r.outcome(),
                            r.lessonsLearned(), r.status(), reasons, caller.name(), now.instant());
                }).chain(closure -> closed(caller, p, closure)));
    }

    /** The workspace's lessons, newest first (all close-outs; those without lessons too). */
    public Uni<Page<ProjectClosure>> lessons(Caller caller, String wsRef, String projectRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ)
                .chain(ws -> projectRef == null ? closures.list(ws.id(), null, page)
                        : ProjectLookup.load(projects, caller, ws, projectRef).chain(p -> closures.list(ws.id(), p.id(), page)));
    }

    private Uni<List<FieldError>> reasons(Project p) {
        Uni<List<String>> open = workItems.ofProject(p.workspaceId(), p.id()).chain(items -> states.of(p.workspaceId(),
                items).map(categories -> items.stream().filter(i -> ItemStates.isOpen(categories, i.id()))
                .map(WorkItem::key).toList()));
        return open.chain(keys -> reports.latestPublished(p.workspaceId(), p.id())
                .chain(published -> reports.ofProject(p.workspaceId(), p.id(), null, new PageRequest(1, null))
                        .map(latest -> CloseOutPolicy.reasons(keys, published.isPresent() ? 1 : 0,
                                latest.items().stream().filter(x -> x.status() == ReportStatus.DRAFT).count()))));
    }

    private Uni<ProjectClosure> closed(Caller caller, Project p, ProjectClosure closure) {
        Project changed = p.change(new ProjectChanges(Change.absent(), Change.absent(), Change.to(closure.finalStatus()),
                Change.absent(), Change.absent(), Change.absent()), closure.closedAt());
        return projects.update(changed)
                .call(saved -> events.record("project.updated", saved.workspaceId(), saved.id(), caller,
                        saved.updatedAt(), ProjectData.of(saved), ProjectData.of(p)))
                .chain(saved -> closures.insert(closure))
                .call(c -> events.record("project.closed", c.workspaceId(), c.projectId(), caller, c.closedAt(),
                        CloseOutData.of(c), null));
    }
}
