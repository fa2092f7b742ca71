package io.worklane.api.application.template;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.budget.CostAccess;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.template.ProjectTemplate;
import io.worklane.domain.template.ProjectTemplates;
import io.worklane.domain.template.TemplateCapture;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Project templates: saved from a project and deleted with {@code projects:write}, listed and read with
 * {@code projects:read}. Keeping the budget's lines also needs {@code budgets:read} and the right to see
 * the project's costs. Built-in templates are read-only.
 */
@ApplicationScoped
public class ProjectTemplateService {
    private final ProjectTemplates templates;
    private final Projects projects;
    private final TemplateSources sources;
    private final Access access;
    private final Events events;
    private final Now now;
    private final ProjectAccess projectAccess;

    public ProjectTemplateService(ProjectTemplates templates, Projects projects, TemplateSources sources,
                                  Access access, Events events, Now now, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.templates = templates;
        this.projects = projects;
        this.sources = sources;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    public record Draft(String fromProject, String name, String description, boolean includeBudget) {
    }

    @WithTransaction
    public Uni<ProjectTemplate> save(Caller caller, String wsRef, Draft d) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, d.fromProject()))
                .invoke(p -> {
                    if (d.includeBudget()) {
                        Access.require(caller, p.workspaceId(), Scope.BUDGETS_READ);
                    }
                })
                .chain(p -> sources.of(p, d.includeBudget()))
                .invoke(read -> mayKeepBudget(caller, read.source()))
                .map(read -> ProjectTemplate.save(read.source().project().workspaceId(), d.name(), d.description(),
                        read.source().project().id(), TemplateCapture.of(read.source(), read.calendar()),
                        caller.name(), now.instant()))
                .chain(templates::insert)
                .call(t -> events.record("project_template.created", t.workspaceId(), t.id(), caller, t.createdAt(),
                        TemplateData.of(t), null));
    }

    /** Without the templates saved from a project hidden from the caller (ADR 0084): they hold its work. */
    public Uni<Page<ProjectTemplate>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> listIn(caller, ws.id(), page));
    }

    /** The same list for a workspace already in hand (GraphQL's Workspace.projectTemplates). */
    public Uni<Page<ProjectTemplate>> listIn(Caller caller, UUID workspaceId, PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return templates.list(workspaceId, page).chain(found -> projectAccess.visibleOnly(caller,
                workspaceId, found, ProjectTemplate::sourceProjectId));
    }

    public Uni<ProjectTemplate> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> find(templates, caller, ws.id(), id));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> find(templates, caller, ws.id(), id))
                .chain(t -> {
                    if (t.builtIn()) {
                        throw new DomainException(ErrorCode.PROJECT_TEMPLATE_BUILT_IN, "'" + t.name() + "' is a built-in"
                                + " template and cannot be deleted. Save your own from a project (POST"
                                + " …/project-templates {\"fromProject\": …}) to change what it holds.");
                    }
                    ExpectedVersion.check(expectedVersion, t.version(), "Project template " + t.name());
                    return templates.delete(t.workspaceId(), t.id(), t.version())
                            .call(() -> events.record("project_template.deleted", t.workspaceId(), t.id(), caller,
                                    now.instant(), TemplateData.of(t), null))
                            .replaceWith(t.id());
                });
    }

    /**
     * A built-in template or one of the workspace's; anything else (another workspace's too) is 404, and so is one
     * saved from a project hidden from the caller (ADR 0084: it holds that project's work).
     */
    public static Uni<ProjectTemplate> find(ProjectTemplates templates, Caller caller, UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(java.util.Optional.<ProjectTemplate>empty())
                : templates.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.PROJECT_TEMPLATE_NOT_FOUND,
                        "Project template", ref)))
                .call(t -> ProjectAccess.current().requireSees(caller, workspaceId, t.sourceProjectId(),
                        ErrorCode.PROJECT_TEMPLATE_NOT_FOUND, "Project template", ref));
    }

    /** A budget hidden from the caller stays hidden: keeping it in a template would show its lines. */
    private static void mayKeepBudget(Caller caller, TemplateCapture.Source s) {
        Project p = s.project();
        if (s.budget() != null && !CostAccess.maySee(caller, p.workspaceId(), p, s.budget().visibleToMembers())) {
            throw new DomainException(ErrorCode.FORBIDDEN, "You may not see the budget of " + p.key() + ", so you"
                    + " may not keep it in a template. Save the template without includeBudget.");
        }
    }
}
