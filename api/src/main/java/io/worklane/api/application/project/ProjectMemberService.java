package io.worklane.api.application.project;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.team.TeamMembers;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectMember;
import io.worklane.domain.project.ProjectMembers;
import io.worklane.domain.project.ProjectRole;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A project's members (ADR 0084): read with {@code projects:read} by whoever sees the project, managed by a
 * workspace administrator or a MANAGER of the project. Each change in one transaction with its event
 * ({@code project.member_added}, {@code project.member_updated}, {@code project.member_removed}).
 */
@ApplicationScoped
public class ProjectMemberService {
    private final Access access;
    private final ProjectAccess projects;
    private final ProjectMembers members;
    private final MemberCheck memberCheck;
    private final TeamMembers teams;
    private final Events events;
    private final Now now;

    public ProjectMemberService(Access access, ProjectAccess projects, ProjectMembers members, MemberCheck memberCheck,
                                TeamMembers teams, Events events, Now now) {
        this.access = access;
        this.projects = projects;
        this.members = members;
        this.memberCheck = memberCheck;
        this.teams = teams;
        this.events = events;
        this.now = now;
    }

    /** A project's membership, with the project it is of (representations show its key). */
    public record Shown(Project project, ProjectMember member) {
    }

    /** A new membership: a member or a team (ids), and its project role. */
    public record Draft(UUID member, String team, ProjectRole role) {
    }

    public Uni<List<Shown>> list(Caller caller, String wsRef, String projectRef) {
        return project(caller, wsRef, projectRef).chain(p -> members.ofProject(p.workspaceId(), p.id())
                .map(list -> list.stream().map(m -> new Shown(p, m)).toList()));
    }

    public Uni<Shown> get(Caller caller, String wsRef, String projectRef, String ref) {
        return project(caller, wsRef, projectRef).chain(p -> find(p, ref).map(m -> new Shown(p, m)));
    }

    @WithTransaction
    public Uni<Shown> add(Caller caller, String wsRef, String projectRef, Draft d) {
        return managed(caller, wsRef, projectRef).chain(p -> memberCheck.exist(p.workspaceId(), "member", d.member())
                .chain(() -> teams.id(p.workspaceId(), "team", d.team()))
                .map(team -> ProjectMember.create(p.workspaceId(), p.id(), d.member(), team, d.role(), now.instant()))
                .chain(members::insert)
                .call(saved -> events.record("project.member_added", p.workspaceId(), saved.id(), caller,
                        saved.createdAt(), ProjectMemberData.of(p, saved), null))
                .map(saved -> new Shown(p, saved)));
    }

    @WithTransaction
    public Uni<Shown> changeRole(Caller caller, String wsRef, String projectRef, String ref, Long expected,
                                 Change<ProjectRole> role) {
        return managed(caller, wsRef, projectRef).chain(p -> find(p, ref).chain(current -> {
            ExpectedVersion.check(expected, current.version(), "Project membership " + current.id());
            if (!role.present() || current.role() == role.value()) {
                return Uni.createFrom().item(new Shown(p, current)); // a change that changes nothing writes nothing
            }
            return members.update(current.withRole(role.value(), now.instant()))
                    .call(saved -> events.record("project.member_updated", p.workspaceId(), saved.id(), caller,
                            saved.updatedAt(), ProjectMemberData.of(p, saved), ProjectMemberData.of(p, current)))
                    .map(saved -> new Shown(p, saved));
        }));
    }

    @WithTransaction
    public Uni<UUID> remove(Caller caller, String wsRef, String projectRef, String ref, Long expected) {
        return managed(caller, wsRef, projectRef).chain(p -> find(p, ref).chain(current -> {
            ExpectedVersion.check(expected, current.version(), "Project membership " + current.id());
            return members.delete(current.workspaceId(), current.id(), current.version())
                    .call(() -> events.record("project.member_removed", p.workspaceId(), current.id(), caller,
                            now.instant(), ProjectMemberData.of(p, current), null))
                    .replaceWith(current.id());
        }));
    }

    private Uni<Project> project(Caller caller, String wsRef, String projectRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> projects.load(caller, ws, projectRef));
    }

    /**
     * The project, if the caller sees it and may manage its members: admin, or its MANAGER holding projects:write
     * (a caller that manages no project at all is refused before the project is looked up: it reveals nothing).
     */
    private Uni<Project> managed(Caller caller, String wsRef, String projectRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE)
                .call(ws -> projects.requireMayManageSome(caller, ws.id(), Scope.ADMIN))
                .chain(ws -> projects.load(caller, ws, projectRef))
                .call(p -> projects.requireManage(caller, p, Scope.ADMIN));
    }

    /** A membership of the project, else PROJECT_MEMBER_NOT_FOUND (another project's too). */
    private Uni<ProjectMember> find(Project project, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(java.util.Optional.<ProjectMember>empty())
                : members.find(project.workspaceId(), id))
                .map(found -> found.filter(m -> m.projectId().equals(project.id())).orElseThrow(() ->
                        DomainException.notFound(ErrorCode.PROJECT_MEMBER_NOT_FOUND, "Membership of " + project.key(),
                                ref)));
    }
}
