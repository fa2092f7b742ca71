package io.worklane.api.rest.project;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.project.ProjectMemberService;
import io.worklane.api.application.project.ProjectMemberService.Shown;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Dates;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.project.ProjectRole;
import io.worklane.openapi.api.ProjectMembersApi;
import io.worklane.openapi.model.ProjectMemberCreate;
import io.worklane.openapi.model.ProjectMemberList;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** A project's members and teams over REST (ADR 0084): translation only. */
@Authenticated
public class ProjectMembersResource implements ProjectMembersApi {
    private static final Set<String> PATCHABLE = Set.of("projectRole");
    private final ProjectMemberService members;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public ProjectMembersResource(ProjectMemberService members, CurrentCaller caller, RestResponses responses) {
        this.members = members;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> addProjectMember(String ws, String project, ProjectMemberCreate b,
                                                      String idempotencyKey) {
        Caller c = caller.get();
        var draft = new ProjectMemberService.Draft(b.getMember(), b.getTeam() == null ? null : b.getTeam().toString(),
                b.getProjectRole() == null ? null : ProjectRole.valueOf(b.getProjectRole().name()));
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project
                        + "/members", b, () -> members.add(c, ws, project, draft), ProjectMembersResource::dto,
                s -> "/api/v1/workspaces/" + s.project().workspaceId() + "/projects/" + s.project().id()
                        + "/members/" + s.member().id());
    }

    @Override
    public CompletionStage<Response> listProjectMembers(String ws, String project) {
        return responses.list(members.list(caller.get(), ws, project), ProjectMembersResource::list);
    }

    @Override
    public CompletionStage<Response> getProjectMember(String ws, String project, String membershipId) {
        return responses.ok(members.get(caller.get(), ws, project, membershipId), ProjectMembersResource::dto,
                s -> s.member().version());
    }

    @Override
    public CompletionStage<Response> updateProjectMember(String ws, String project, String membershipId, Map body,
                                                         String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        var role = p.enumValue("projectRole", ProjectRole.class);
        p.check();
        return responses.ok(members.changeRole(caller.get(), ws, project, membershipId, Versions.ifMatch(ifMatch),
                role), ProjectMembersResource::dto,
                s -> s.member().version());
    }

    @Override
    public CompletionStage<Response> removeProjectMember(String ws, String project, String membershipId,
                                                         String ifMatch) {
        return responses.noContent(members.remove(caller.get(), ws, project, membershipId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    static io.worklane.openapi.model.ProjectMember dto(Shown s) {
        var m = s.member();
        return new io.worklane.openapi.model.ProjectMember().id(m.id()).projectId(m.projectId())
                .projectKey(s.project().key()).member(m.memberId()).team(m.teamId())
                .projectRole(io.worklane.openapi.model.ProjectRole.fromValue(m.role().name())).version(m.version())
                .createdAt(Dates.utc(m.createdAt())).updatedAt(Dates.utc(m.updatedAt()));
    }

    private static ProjectMemberList list(List<Shown> shown) {
        return new ProjectMemberList().items(shown.stream().map(ProjectMembersResource::dto).toList());
    }
}
