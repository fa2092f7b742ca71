package io.worklane.api.graphql.project;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectMemberService;
import io.worklane.api.application.project.ProjectMemberService.Shown;
import io.worklane.api.application.shared.Access;
import io.worklane.api.graphql.project.ProjectMemberTypes.ProjectMemberPayload;
import io.worklane.api.graphql.project.ProjectMemberTypes.ProjectMemberView;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.InputIds;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.ProjectMember;
import io.worklane.domain.project.ProjectMembers;
import io.worklane.domain.shared.Change;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Project.members and the membership mutations: the same use cases and refusals as REST (ADR 0084). */
@GraphQLApi
@Authenticated
public class ProjectMemberApi {
    private final ProjectMemberService service;
    private final ProjectMembers members;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ProjectMemberApi(ProjectMemberService service, ProjectMembers members, IdempotentCreate idempotent,
                            CurrentCaller caller) {
        this.service = service;
        this.members = members;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The project's members and teams with their project roles, oldest first: one statement for a level "
            + "of projects. Needs projects:read.")
    public Uni<List<@NonNull List<@NonNull ProjectMemberView>>> members(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, List<ProjectMember>>load(sources, p -> p.domain().workspaceId(),
                    p -> List.of(p.domain().id()), (ws, ids) -> {
                        Access.require(who, ws, Scope.PROJECTS_READ);
                        return members.ofProjects(ws, ids).map(found -> found.stream()
                                .collect(Collectors.groupingBy(ProjectMember::projectId)));
                    });
        }).map(found -> sources.stream().map(p -> found.getOrDefault(p.domain().id(), List.of()).stream()
                .map(m -> ProjectMemberView.of(new Shown(p.domain(), m))).toList()).toList());
    }

    @Mutation("addProjectMember")
    @Description("Puts a member or a team in a project with a project role (PROJECT_MEMBER_EXISTS when already in). "
            + "Needs admin or the project role MANAGER.")
    public Uni<ProjectMemberPayload> addProjectMember(@Name("input") @NonNull ProjectMemberTypes.AddProjectMember in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new ProjectMemberService.Draft(InputIds.uuid(in.member, "member"), in.team, in.projectRole);
            return idempotent.run(who, in.idempotencyKey, "addProjectMember", in,
                    () -> service.add(who, in.workspace, in.project, draft).map(ProjectMemberApi::payload),
                    p -> p.projectMember().id(),
                    id -> service.get(who, in.workspace, in.project, id).map(ProjectMemberApi::payload));
        });
    }

    @Mutation("updateProjectMember")
    @Description("Changes a membership's project role. Needs admin or the project role MANAGER.")
    public Uni<ProjectMemberPayload> updateProjectMember(
            @Name("input") @NonNull ProjectMemberTypes.UpdateProjectMember in) {
        return Uni.createFrom().deferred(() -> service.changeRole(caller.get(), in.workspace, in.project, in.id,
                Changes.version(in.expectedVersion), Change.to(in.projectRole))).map(ProjectMemberApi::payload);
    }

    @Mutation("removeProjectMember")
    @Description("Ends a membership: of a PRIVATE project, the member (or the team's members) no longer see it. "
            + "Needs admin or the project role MANAGER.")
    public Uni<DeletePayload> removeProjectMember(@Name("input") @NonNull ProjectMemberTypes.RemoveProjectMember in) {
        return Uni.createFrom().deferred(() -> service.remove(caller.get(), in.workspace, in.project, in.id,
                Changes.version(in.expectedVersion))).map(id -> new DeletePayload(id.toString()));
    }

    private static ProjectMemberPayload payload(Shown s) {
        return new ProjectMemberPayload(ProjectMemberView.of(s));
    }
}
