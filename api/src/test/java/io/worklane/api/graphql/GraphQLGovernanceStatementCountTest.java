package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No N+1 in the governance fields: Project.risks (with Risk.history), riskMatrix, statusReports and
 * healthTrend cost the same statements over 2 projects as over 5, each level loaded in one batch.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLGovernanceStatementCountTest {
    private static final String NESTED = "query($ws: String!) { workspace(idOrSlug: $ws) { projects(first: 50) {"
            + " edges { node { key risks(first: 10) { edges { node { title history(first: 5) { edges { node { change }"
            + " } } } } } riskMatrix { total } statusReports(first: 5) { edges { node { health } } }"
            + " healthTrend { health asOf } } } } } }";

    @Test
    void theGovernanceFieldsCostTheSameStatementsWhateverTheNumberOfProjects() {
        String small = aWorkspaceWith(2);
        String large = aWorkspaceWith(5);

        long smallCount = statementsOf(small, 2);
        long largeCount = statementsOf(large, 5);

        assertThat(largeCount).isEqualTo(smallCount);
    }

    private static long statementsOf(String ws, int projects) {
        ok("query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", ws));
        JsonPath result = ok(NESTED, Map.of("ws", ws));
        String node = "data.workspace.projects.edges.node.";
        assertThat(result.getList(node + "key")).hasSize(projects);
        assertThat(result.getList(node + "riskMatrix.total", Integer.class)).allMatch(total -> total == 2);
        assertThat(result.getList(node + "healthTrend.health").toString()).contains("AT_RISK");
        assertThat(result.getList(node + "risks.edges.node.history.edges.node.change").toString())
                .contains("created", "updated");
        return result.getLong("extensions.cost.statements");
    }

    /** Projects each with two risks (one changed, so it has history) and a published AT_RISK report. */
    private static String aWorkspaceWith(int projects) {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws + "/projects/";
        for (int p = 0; p < projects; p++) {
            String key = "G" + (char) ('A' + p) + "X";
            aProject(ws, key);
            String risk = asAdmin().body(Map.of("title", "Vendor", "probability", 2, "impact", 3))
                    .post(base + key + "/risks").then().statusCode(201).extract().path("id");
            asAdmin().contentType("application/merge-patch+json").body(Map.of("probability", 4))
                    .patch(base + key + "/risks/" + risk).then().statusCode(200);
            asAdmin().body(Map.of("title", "Scope", "probability", 1, "impact", 1)).post(base + key + "/risks").then()
                    .statusCode(201);
            String report = asAdmin().post(base + key + "/status-reports/draft?asOf=2026-12-31").then()
                    .statusCode(201).extract().path("id");
            asAdmin().contentType("application/merge-patch+json").body(Map.of("health", "AT_RISK"))
                    .patch(base + key + "/status-reports/" + report).then().statusCode(200);
            asAdmin().post(base + key + "/status-reports/" + report + "/publish").then().statusCode(200);
        }
        return ws;
    }
}
