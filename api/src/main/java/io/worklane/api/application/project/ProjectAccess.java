package io.worklane.api.application.project;

import io.quarkus.arc.Arc;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.PrivateProjects;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectMembers;
import io.worklane.domain.project.ProjectRole;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that answers which projects a caller sees and what its role in them is (ADR 0084). A PRIVATE
 * project is seen by its members (directly or through a team) and by whoever holds {@code admin} in the workspace;
 * everyone else is told it does not exist (404), for the project and every object in it. Worked out once per
 * request and workspace.
 */
@ApplicationScoped
public class ProjectAccess {
    private final Projects projects;
    private final ProjectMembers members;

    public ProjectAccess(Projects projects, ProjectMembers members) {
        this.projects = projects;
        this.members = members;
    }

    /** The bean, for the static lookups (ProjectLookup, WorkItemLookup) that every service already goes through. */
    public static ProjectAccess current() {
        return Arc.container().instance(ProjectAccess.class).get();
    }

    /** What the caller sees of the workspace's projects. */
    public Uni<ProjectSight> sight(Caller caller, UUID workspaceId) {
        if (seesAll(caller, workspaceId)) {
            return Uni.createFrom().item(ProjectSight.EVERYTHING);
        }
        var context = Arc.container().requestContext();
        if (!context.isActive()) {
            return compute(caller, workspaceId);
        }
        return Arc.container().instance(ProjectSights.class).get()
                .get(caller.credentialId() + "@" + workspaceId, () -> compute(caller, workspaceId));
    }

    /** What the caller sees now, read anew whatever this request read before (a live subscription's, ADR 0085). */
    public Uni<ProjectSight> fresh(Caller caller, UUID workspaceId) {
        return seesAll(caller, workspaceId) ? Uni.createFrom().item(ProjectSight.EVERYTHING) : compute(caller, workspaceId);
    }

    /** The project named by {@code ref}, if it exists and the caller sees it; else 404 PROJECT_NOT_FOUND. */
    public Uni<Project> load(Caller caller, Workspace ws, String ref) {
        return ProjectLookup.load(projects, ws, ref).call(p -> sight(caller, ws.id()).invoke(s -> {
            if (!s.sees(p.id())) {
                throw DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", ref);
            }
        }));
    }

    /**
     * An object of project {@code projectId} the caller found by its own id: refused as that object's 404 when the
     * project is hidden from the caller, as if the object did not exist.
     */
    public Uni<Void> requireSees(Caller caller, UUID workspaceId, UUID projectId, ErrorCode notFound, String kind,
                                 String ref) {
        return sight(caller, workspaceId).invoke(s -> {
            if (!s.sees(projectId)) {
                throw DomainException.notFound(notFound, kind, ref);
            }
        }).replaceWithVoid();
    }

    /**
     * Managing a project (its settings, members, budget, risks, status reports): the workspace's {@code scope}, or
     * being the project's MANAGER; else 403 naming both ways.
     */
    public Uni<Void> requireManage(Caller caller, Project project, Scope scope) {
        return requireManage(caller, project.workspaceId(), project.id(), scope);
    }

    /** {@link #requireManage(Caller, Project, Scope)} for an object that names its project by id. */
    public Uni<Void> requireManage(Caller caller, UUID workspaceId, UUID projectId, Scope scope) {
        if (caller.holds(workspaceId, scope)) {
            return Uni.createFrom().voidItem();
        }
        return sight(caller, workspaceId).invoke(s -> {
            if (!s.manages(projectId)) {
                Access.require(caller, workspaceId, scope); // refuses, saying which scope it needs
            }
        }).replaceWithVoid();
    }

    /**
     * The project of a use case on one of its parts (phases, baselines, custom fields, risks, status reports…):
     * reading needs {@code scope} in the workspace; changing ({@code projects:write}) is managing the project, so
     * its MANAGER may too (ADR 0084).
     */
    public Uni<Project> loadFor(Access access, Caller caller, String wsRef, String ref, Scope scope) {
        if (scope != Scope.PROJECTS_WRITE) {
            return access.workspace(caller, wsRef, scope).chain(ws -> load(caller, ws, ref));
        }
        return access.workspace(caller, wsRef).chain(ws -> loadToManage(caller, ws, ref, scope));
    }

    /**
     * A page without the objects of projects hidden from the caller (for lists whose statement does not filter
     * them yet: the page may then hold fewer than its limit, its cursors still continue where it stopped).
     */
    public <T> Uni<io.worklane.domain.shared.Page<T>> visibleOnly(Caller caller, UUID workspaceId,
                                                                  io.worklane.domain.shared.Page<T> page,
                                                                  java.util.function.Function<T, UUID> projectOf) {
        return sight(caller, workspaceId).map(s -> s.hidden().isEmpty() ? page : new io.worklane.domain.shared.Page<>(
                page.items().stream().filter(t -> s.sees(projectOf.apply(t))).toList(), page.nextCursor()));
    }

    /**
     * The project named by {@code ref}, for a caller that may manage it: holding {@code scope} in the workspace, or
     * being the project's MANAGER. A caller that manages no project at all and lacks the scope is refused before the
     * project is looked up (its refusal names nothing); a hidden project is 404 as always.
     */
    public Uni<Project> loadToManage(Caller caller, Workspace ws, String ref, Scope scope) {
        return requireMayManageSome(caller, ws.id(), scope).chain(() -> load(caller, ws, ref))
                .call(p -> requireManage(caller, p, scope));
    }

    /**
     * The workspace of a use case on one project's budgets, expenses…: the caller holds {@code scope} or manages some
     * project (the object's own project is checked once it is found, {@link #requireManage}).
     */
    public Uni<Workspace> workspaceToManageSome(Access access, Caller caller, String wsRef, Scope scope) {
        return access.workspace(caller, wsRef).call(ws -> requireMayManageSome(caller, ws.id(), scope));
    }

    /**
     * Refuses, before any project is looked up, a caller that holds neither {@code scope} nor the role MANAGER of any
     * project: its refusal then says nothing of the project it named.
     */
    public Uni<Void> requireMayManageSome(Caller caller, UUID workspaceId, Scope scope) {
        if (caller.holds(workspaceId, scope)) {
            return Uni.createFrom().voidItem();
        }
        return sight(caller, workspaceId).invoke(s -> {
            if (!s.roles().containsValue(ProjectRole.MANAGER)) {
                Access.require(caller, workspaceId, scope);
            }
        }).replaceWithVoid();
    }

    /** OWNER, ADMIN, keys with admin and the instance administrator; also the workspace's SYSTEM actors (rules,
     * forms, recurrences), whose writers were checked when they wrote them. */
    public static boolean seesAll(Caller caller, UUID workspaceId) {
        return caller.instanceAdmin() || caller.kind() == Actor.Kind.SYSTEM || caller.holds(workspaceId, Scope.ADMIN);
    }

    private Uni<ProjectSight> compute(Caller caller, UUID workspaceId) {
        UUID member = caller.memberIn(workspaceId).orElse(null);
        return members.privateProjects(workspaceId).chain(privates -> members.rolesOf(workspaceId, member)
                .map(roles -> sight(privates, roles)));
    }

    private static ProjectSight sight(PrivateProjects privates, Map<UUID, ProjectRole> roles) {
        Set<UUID> hidden = new HashSet<>(privates.live());
        hidden.removeAll(roles.keySet());
        return new ProjectSight(false, hidden, roles, privates.deleted());
    }
}
