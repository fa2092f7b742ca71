package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Teams over GraphQL: the mutations, expectedVersion and refusals of REST, and the teams connection. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLTeamsTest {
    private static final String CREATE = "mutation($in: CreateTeamInput!) { createTeam(input: $in) { team { id name"
            + " lead members { id email } version } } }";
    private static final String ADD = "mutation($in: TeamMemberInput!) { addTeamMember(input: $in) { team {"
            + " members { id } version } } }";
    private static final String REMOVE = "mutation($in: TeamMemberInput!) { removeTeamMember(input: $in) { team {"
            + " lead members { id } version } } }";
    private static final String UPDATE = "mutation($in: UpdateTeamInput!) { updateTeam(input: $in) { team { name"
            + " description lead version } } }";
    private static final String DELETE = "mutation($in: DeleteTeamInput!) { deleteTeam(input: $in) { deletedId } }";
    private static final String LIST = "query($ws: String!, $member: ID) { workspace(idOrSlug: $ws) {"
            + " teams(member: $member, first: 1) { edges { cursor node { name } } pageInfo { hasNextPage } } } }";

    @Test
    void teamsAreWrittenAndListedAsOverRest() {
        String ws = aWorkspace();
        String ada = aMember(ws, "ada@example.com");
        String alan = aMember(ws, "alan@example.com");
        // idempotency keys are the caller's, across workspaces: a fixed one would collide with other tests
        Map<String, Object> input = Map.of("workspace", ws, "name", "Platform", "lead", ada,
                "idempotencyKey", "teams-" + java.util.UUID.randomUUID());
        JsonPath created = ok(CREATE, Map.of("in", input));
        String id = created.getString("data.createTeam.team.id");
        assertThat(created.getList("data.createTeam.team.members.email")).containsExactly("ada@example.com");
        assertThat(ok(CREATE, Map.of("in", input)).getString("data.createTeam.team.id")).isEqualTo(id);

        JsonPath added = ok(ADD, Map.of("in", Map.of("workspace", ws, "team", id, "member", alan,
                "expectedVersion", 0)));
        assertThat(added.getList("data.addTeamMember.team.members.id")).containsExactly(ada, alan);
        assertThat(failing(ADD, Map.of("in", Map.of("workspace", ws, "team", id, "member", alan,
                "expectedVersion", 0))).getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        JsonPath removed = ok(REMOVE, Map.of("in", Map.of("workspace", ws, "team", id, "member", ada)));
        assertThat(removed.getString("data.removeTeamMember.team.lead")).isNull();
        assertThat(failing(REMOVE, Map.of("in", Map.of("workspace", ws, "team", id, "member", ada)))
                .getString("errors[0].extensions.code")).isEqualTo("TEAM_MEMBER_NOT_FOUND");
        JsonPath updated = ok(UPDATE, Map.of("in", Map.of("workspace", ws, "id", id, "name", "Core",
                "description", "Shared services", "lead", alan, "expectedVersion", 2)));
        assertThat(updated.getString("data.updateTeam.team.lead")).isEqualTo(alan);
        assertThat(failing(CREATE, Map.of("in", Map.of("workspace", ws, "name", "Twice",
                "members", List.of(alan, alan)))).getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");

        ok(CREATE, Map.of("in", Map.of("workspace", ws, "name", "Design", "members", List.of(alan))));
        JsonPath page = ok(LIST, Map.of("ws", ws, "member", alan));
        assertThat(page.getList("data.workspace.teams.edges.node.name")).containsExactly("Core");
        assertThat(page.getBoolean("data.workspace.teams.pageInfo.hasNextPage")).isTrue();

        io.worklane.api.support.Api.aProject(ws, "GT");
        String item = "mutation($in: CreateWorkItemInput!) { createWorkItem(input: $in) { workItem { key teamId } } }";
        assertThat(ok(item, Map.of("in", Map.of("workspace", ws, "project", "GT", "title", "Triage", "team", id)))
                .getString("data.createWorkItem.workItem.teamId")).isEqualTo(id);
        assertThat(failing(DELETE, Map.of("in", Map.of("workspace", ws, "id", id)))
                .getString("errors[0].extensions.code")).isEqualTo("TEAM_IN_USE");
    }
}
