package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A project's memberships over GraphQL: added (idempotently), given another role at a version, and ended. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLProjectMembersTest {
    private static final String ADD = "mutation($in: AddProjectMemberInput!) { addProjectMember(input: $in) {"
            + " projectMember { id projectKey member team projectRole version } } }";
    private static final String UPDATE = "mutation($in: UpdateProjectMemberInput!) { updateProjectMember(input: $in)"
            + " { projectMember { id projectRole version } } }";
    private static final String REMOVE = "mutation($in: RemoveProjectMemberInput!) { removeProjectMember(input: $in)"
            + " { deletedId } }";

    @Test
    void membershipsAreAddedChangedAndEndedAsOverRest() {
        String ws = aWorkspace();
        aProject(ws, "PM");
        String ada = aMember(ws, "ada@example.com");
        Map<String, Object> add = Map.of("workspace", ws, "project", "PM", "member", ada, "projectRole", "CONTRIBUTOR",
                "idempotencyKey", "members-" + UUID.randomUUID());

        JsonPath added = ok(ADD, Map.of("in", add));
        String id = added.getString("data.addProjectMember.projectMember.id");
        assertThat(added.getString("data.addProjectMember.projectMember.projectKey")).isEqualTo("PM");
        assertThat(added.getString("data.addProjectMember.projectMember.member")).isEqualTo(ada);
        assertThat(added.getString("data.addProjectMember.projectMember.team")).isNull();
        assertThat(added.getString("data.addProjectMember.projectMember.projectRole")).isEqualTo("CONTRIBUTOR");
        assertThat(ok(ADD, Map.of("in", add)).getString("data.addProjectMember.projectMember.id")).isEqualTo(id);

        JsonPath updated = ok(UPDATE, Map.of("in", Map.of("workspace", ws, "project", "PM", "id", id,
                "expectedVersion", 0, "projectRole", "MANAGER")));
        assertThat(updated.getString("data.updateProjectMember.projectMember.projectRole")).isEqualTo("MANAGER");
        assertThat(updated.getInt("data.updateProjectMember.projectMember.version")).isEqualTo(1);
        assertThat(failing(UPDATE, Map.of("in", Map.of("workspace", ws, "project", "PM", "id", id,
                "expectedVersion", 0, "projectRole", "STAKEHOLDER"))).getString("errors[0].extensions.code"))
                .isEqualTo("CONFLICT");

        assertThat(ok(REMOVE, Map.of("in", Map.of("workspace", ws, "project", "PM", "id", id, "expectedVersion", 1)))
                .getString("data.removeProjectMember.deletedId")).isEqualTo(id);
        assertThat(failing(REMOVE, Map.of("in", Map.of("workspace", ws, "project", "PM", "id", id)))
                .getString("errors[0].extensions.code")).isEqualTo("PROJECT_MEMBER_NOT_FOUND");
    }
}
