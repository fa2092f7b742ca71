package io.worklane.api.rest.team;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.team.ShownTeam;
import io.worklane.api.application.team.TeamDraft;
import io.worklane.api.application.team.TeamPatch;
import io.worklane.api.application.team.TeamQueries;
import io.worklane.api.application.team.TeamService;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.TeamsApi;
import io.worklane.openapi.model.TeamCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Teams and their members over REST: translation only. */
@Authenticated
public class TeamsResource implements TeamsApi {
    private static final Set<String> PATCHABLE = Set.of("name", "description", "lead");
    private final TeamService teams;
    private final TeamQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public TeamsResource(TeamService teams, TeamQueries queries, CurrentCaller caller, RestResponses responses) {
        this.teams = teams;
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createTeam(String ws, TeamCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = new TeamDraft(b.getName(), b.getDescription(), b.getLead(), b.getMembers());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/teams", b,
                () -> teams.create(c, ws, draft), TeamDtos::team, TeamsResource::location);
    }

    @Override
    public CompletionStage<Response> listTeams(String ws, String member, Integer limit, String cursor) {
        return responses.list(queries.showList(caller.get(), ws, member, Pages.of(limit, cursor, "createdAt")),
                TeamDtos::teams);
    }

    @Override
    public CompletionStage<Response> getTeam(String ws, String teamId) {
        return responses.ok(queries.show(caller.get(), ws, teamId), TeamDtos::team, s -> s.team().version());
    }

    @Override
    public CompletionStage<Response> updateTeam(String ws, String teamId, Map body, String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        var patch = new TeamPatch(p.requiredText("name"), p.text("description"), p.uuid("lead"));
        p.check();
        return responses.ok(teams.update(caller.get(), ws, teamId, Versions.ifMatch(ifMatch), patch), TeamDtos::team,
                s -> s.team().version());
    }

    @Override
    public CompletionStage<Response> deleteTeam(String ws, String teamId, String ifMatch) {
        return responses.noContent(teams.delete(caller.get(), ws, teamId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> addTeamMember(String ws, String teamId, String memberId, String ifMatch) {
        return responses.ok(teams.add(caller.get(), ws, teamId, memberId, Versions.ifMatch(ifMatch)), TeamDtos::team,
                s -> s.team().version());
    }

    @Override
    public CompletionStage<Response> removeTeamMember(String ws, String teamId, String memberId, String ifMatch) {
        return responses.ok(teams.remove(caller.get(), ws, teamId, memberId, Versions.ifMatch(ifMatch)),
                TeamDtos::team, s -> s.team().version());
    }

    private static String location(ShownTeam s) {
        return "/api/v1/workspaces/" + s.team().workspaceId() + "/teams/" + s.team().id();
    }
}
