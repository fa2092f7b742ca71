package io.worklane.api.application.project;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workflow.ProjectWorkflowChange;
import io.worklane.api.application.workflow.ProjectWorkflows;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectChanges;
import io.worklane.domain.project.ProjectFilter;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.ProjectSort;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.project.ProjectVisibility;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/** Use cases of projects: temporary initiatives and ongoing process boards. */
@ApplicationScoped
public class ProjectService {
    private final Projects projects;
    private final Access access;
    private final MemberCheck memberCheck;
    private final ProjectWorkflows projectWorkflows;
    private final Events events;
    private final Now now;
    private final ProjectFromTemplate fromTemplate;
    private final ProjectAccess projectAccess;
    private final ProjectCreator creator;

    public ProjectService(Projects projects, Access access, MemberCheck memberCheck, ProjectWorkflows projectWorkflows,
                          Events events, Now now, ProjectFromTemplate fromTemplate, ProjectAccess projectAccess,
                          ProjectCreator creator) {
        this.projectAccess = projectAccess;
        this.creator = creator;
        this.fromTemplate = fromTemplate;
        this.projectWorkflows = projectWorkflows;
        this.projects = projects;
        this.access = access;
        this.memberCheck = memberCheck;
        this.events = events;
        this.now = now;
    }

    /** A new project; with {@code template} (an id), made from that template, shifted to {@code startDate}. */
    public record Draft(String key, String name, String description, ProjectKind kind, ProjectStatus status,
                        UUID leadId, LocalDate startDate, LocalDate targetDate, String template,
                        ProjectVisibility visibility) {
        public Draft(String key, String name, String description, ProjectKind kind, ProjectStatus status,
                     UUID leadId, LocalDate startDate, LocalDate targetDate, String template) {
            this(key, name, description, kind, status, leadId, startDate, targetDate, template, null);
        }
    }

    @WithTransaction
    public Uni<Project> create(Caller caller, String wsRef, Draft d) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> {
            if (d.template() != null) {
                return fromTemplate.create(caller, ws, d).call(p -> creator.joins(caller, p));
            }
            Project project = Project.create(ws.id(), d.key(), d.name(), d.description(), d.kind(), d.status(),
                    d.leadId(), d.startDate(), d.targetDate(), now.instant()).withVisibility(d.visibility());
            return memberCheck.exist(ws.id(), "leadId", d.leadId())
                    .chain(() -> projects.insert(project))
                    .call(p -> events.record("project.created", ws.id(), p.id(), caller, p.createdAt(),
                            ProjectData.of(p), null))
                    .call(p -> creator.joins(caller, p));
        });
    }

    public Uni<Project> get(Caller caller, String wsRef, String ref) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> ProjectLookup.load(projects, caller, ws, ref));
    }

    public Uni<Page<Project>> list(Caller caller, String wsRef, ProjectFilter filter, ProjectSort sort,
                                   PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> projectAccess.sight(caller, ws.id())
                .chain(sight -> projects.list(ws.id(), filter.hiding(sight.hidden()), sort, page)));
    }

    @WithTransaction
    public Uni<Project> update(Caller caller, String wsRef, String ref, Long expectedVersion, ProjectChanges c) {
        return update(caller, wsRef, ref, expectedVersion, c, ProjectWorkflowChange.none());
    }

    /** Also changes which workflows the project's items follow (moving items as the change requires). */
    @WithTransaction
    public Uni<Project> update(Caller caller, String wsRef, String ref, Long expectedVersion, ProjectChanges c,
                               ProjectWorkflowChange workflow) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> ProjectLookup.load(projects, caller, ws, ref)
                .call(current -> projectAccess.requireManage(caller, current, Scope.PROJECTS_WRITE))
                // who sees the project is decided by those who manage it: an admin or its MANAGER
                .call(current -> c.visibility().present() ? projectAccess.requireManage(caller, current, Scope.ADMIN)
                        : Uni.createFrom().voidItem())
                .chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Project " + current.key());
            Project changed = current.change(c, now.instant());
            return memberCheck.exist(ws.id(), "leadId", c.leadId().present() ? c.leadId().value() : null)
                    .chain(() -> projects.update(changed))
                    .call(saved -> projectWorkflows.apply(ws.id(), saved.id(), workflow))
                    .call(saved -> events.record("project.updated", ws.id(), saved.id(), caller, saved.updatedAt(),
                            ProjectData.of(saved), ProjectData.of(current)));
        }));
    }

    /** Deletes the project with its work items and fields, answering its id; the event keeps what it was. */
    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String ref, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> ProjectLookup.load(projects, caller, ws, ref).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Project " + current.key());
            return projects.delete(ws.id(), current.id(), current.version())
                    .call(() -> events.record("project.deleted", ws.id(), current.id(), caller, now.instant(),
                            ProjectData.of(current), null))
                    .replaceWith(current.id());
        }));
    }

}
