package io.worklane.api.rest.workspace;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workspace.MemberService;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.MemberRole;
import io.worklane.openapi.api.MembersApi;
import io.worklane.openapi.model.MemberCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

@Authenticated
public class MembersResource implements MembersApi {
    private static final Set<String> PATCHABLE = Set.of("displayName", "role");
    private final MemberService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public MembersResource(MemberService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> addMember(String ws, MemberCreate body, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/members", body,
                () -> service.add(c, ws, body.getEmail(), body.getDisplayName(),
                        MemberRole.valueOf(body.getRole().name())),
                WorkspaceDtos::of, m -> "/api/v1/workspaces/" + m.workspaceId() + "/members/" + m.id());
    }

    @Override
    public CompletionStage<Response> getMember(String ws, String memberId) {
        return responses.ok(service.get(caller.get(), ws, memberId), WorkspaceDtos::of, Member::version);
    }

    @Override
    public CompletionStage<Response> listMembers(String ws, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, Pages.of(limit, cursor, "createdAt")),
                WorkspaceDtos::members);
    }

    @Override
    public CompletionStage<Response> updateMember(String ws, String memberId, Map body, String ifMatch) {
        MergePatch patch = MergePatch.of(body, PATCHABLE);
        MemberService.Patch changes = new MemberService.Patch(patch.text("displayName"),
                patch.enumValue("role", MemberRole.class));
        patch.check();
        return responses.ok(service.update(caller.get(), ws, memberId, Versions.ifMatch(ifMatch), changes),
                WorkspaceDtos::of, Member::version);
    }

    @Override
    public CompletionStage<Response> removeMember(String ws, String memberId, String ifMatch) {
        return responses.noContent(service.remove(caller.get(), ws, memberId, Versions.ifMatch(ifMatch)));
    }
}
