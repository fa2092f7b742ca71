package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The risk register over GraphQL: the same rules and codes as REST, lists as connections, history batched. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLRisksTest {
    private static final String CREATE = "mutation($ws: String!, $title: String!, $p: Int!, $i: Int!) {"
            + " createRisk(input: {workspace: $ws, project: \"GR\", title: $title, probability: $p, impact: $i,"
            + " response: MITIGATE}) { risk { id exposure status response version } } }";
    private static final String UPDATE = "mutation($ws: String!, $id: ID!, $v: Int, $p: Int, $status: RiskStatus,"
            + " $clear: [RiskField!]) { updateRisk(input: {workspace: $ws, project: \"GR\", id: $id, expectedVersion: $v,"
            + " probability: $p, status: $status, clear: $clear}) { risk { exposure status response closedAt version } } }";

    @Test
    void risks_are_registered_changed_with_their_version_listed_and_counted() {
        String ws = aWorkspace();
        aProject(ws, "GR");
        JsonPath created = ok(CREATE, Map.of("ws", ws, "title", "Key engineer leaves", "p", 3, "i", 4));
        String id = created.getString("data.createRisk.risk.id");
        assertThat(created.getInt("data.createRisk.risk.exposure")).isEqualTo(12);
        assertThat(created.getString("data.createRisk.risk.status")).isEqualTo("IDENTIFIED");
        ok(CREATE, Map.of("ws", ws, "title", "Budget cut", "p", 5, "i", 5));
        assertThat(failing(CREATE, Map.of("ws", ws, "title", "Impossible", "p", 6, "i", 1))
                .getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");

        JsonPath changed = ok(UPDATE, Map.of("ws", ws, "id", id, "v", 0, "p", 5, "clear", List.of("RESPONSE")));
        assertThat(changed.getInt("data.updateRisk.risk.exposure")).isEqualTo(20);
        assertThat(changed.getString("data.updateRisk.risk.response")).isNull();
        assertThat(failing(UPDATE, Map.of("ws", ws, "id", id, "v", 0, "p", 1)).getString("errors[0].extensions.code"))
                .isEqualTo("CONFLICT");
        JsonPath closed = ok(UPDATE, Map.of("ws", ws, "id", id, "status", "CLOSED"));
        assertThat(closed.getString("data.updateRisk.risk.closedAt")).isNotNull();

        JsonPath read = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"GR\") {"
                + " risks(first: 1) { edges { node { title history { edges { node { change fields } } } } }"
                + " pageInfo { hasNextPage } } riskMatrix { total cells { probability impact count } } } } }", Map.of("ws", ws));
        assertThat(read.getList("data.workspace.project.risks.edges.node.title")).containsExactly("Key engineer leaves");
        assertThat(read.getBoolean("data.workspace.project.risks.pageInfo.hasNextPage")).isTrue();
        assertThat(read.getList("data.workspace.project.risks.edges[0].node.history.edges.node.change"))
                .containsExactly("created", "updated", "closed");
        assertThat(read.getInt("data.workspace.project.risks.edges[0].node.history.edges[1].node.fields.probability.after"))
                .isEqualTo(5);
        assertThat(read.getInt("data.workspace.project.riskMatrix.total")).isEqualTo(1);
        assertThat(read.getInt("data.workspace.project.riskMatrix.cells.find { it.probability == 5 && it.impact == 5 }"
                + ".count")).isEqualTo(1);

        String delete = "mutation($ws: String!, $id: ID!) { deleteRisk(input: {workspace: $ws, project: \"GR\","
                + " id: $id}) { deletedId } }";
        assertThat(ok(delete, Map.of("ws", ws, "id", id)).getString("data.deleteRisk.deletedId")).isEqualTo(id);
        assertThat(failing(delete, Map.of("ws", ws, "id", id)).getString("errors[0].extensions.code"))
                .isEqualTo("RISK_NOT_FOUND");
    }
}
