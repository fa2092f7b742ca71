package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example operations run as the README sends them, with their .variables.json, against the served
 * API after the README's first calls (a workspace, project ENG, item ENG-1 in progress, the delivery
 * workflow): none answers an error, and the board shows the item the README made.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLExamplesRunTest {
    private static final Path EXAMPLES = Path.of("..", "graphql-schema", "examples");

    @Test
    void every_example_with_variables_runs_without_errors_after_the_readme_steps() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        aWorkItem(ws, "ENG", "Write the spec");
        asAdmin().body(Map.of("to", "in_progress")).post("/api/v1/workspaces/" + ws + "/work-items/ENG-1/transitions")
                .then().statusCode(200);
        String wf = asAdmin().body(Map.of("template", "software_delivery", "name", "Delivery"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("workflow", wf))
                .patch("/api/v1/workspaces/" + ws + "/projects/ENG").then().statusCode(200);

        JsonPath board = run("board", ws);
        assertThat(board.getList("data.workspace.projects.edges.node.workItems.edges.node.key").toString())
                .contains("ENG-1");
        for (String example : new String[] {"work-item", "work-items-page", "create-work-item", "update-work-item",
                "transition-work-item", "workload", "approvals", "time-entries", "budget-burn", "automation-rules", "webhooks", "teams", "recurrences"}) {
            run(example, ws);
        }
        governance(ws);
        asAdmin().body(Map.of("name", "Open work", "shared", "WORKSPACE", "layout", "BOARD", "grouping", "status",
                "filter", "statusCategory != DONE", "columns", List.of("key", "title", "assignee")))
                .post("/api/v1/workspaces/" + ws + "/views").then().statusCode(201);
        JsonPath found = run("find-work", ws);
        assertThat(found.getList("data.workspace.search.edges.node.ref").toString()).contains("ENG-1");
        assertThat(found.getList("data.workspace.views.edges[0].node.items.edges.node.key").toString()).contains("ENG-1");
        JsonPath dashboard = run("dashboard", ws);
        List<List<Number>> values = dashboard.getList("data.workspace.workItemAggregate.groups.values");
        assertThat(values).as("ENG's items by status and assignee").isNotEmpty()
                .allSatisfy(counted -> assertThat(counted.get(1).doubleValue())
                        .as("the sum of no estimates is 0, not null and not an error").isZero());
    }

    /** The governance examples after a portfolio holding ENG and a risk on it. */
    private static void governance(String ws) throws Exception {
        String portfolio = asAdmin().body(Map.of("name", "Growth", "currency", "EUR"))
                .post("/api/v1/workspaces/" + ws + "/portfolios").then().statusCode(201).extract().path("id");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("rank", 1))
                .put("/api/v1/workspaces/" + ws + "/portfolios/" + portfolio + "/projects/ENG").then().statusCode(200);
        asAdmin().body(Map.of("title", "Supplier goes bankrupt", "probability", 4, "impact", 5))
                .post("/api/v1/workspaces/" + ws + "/projects/ENG/risks").then().statusCode(201);

        JsonPath rollup = run("portfolio-rollup", ws);
        assertThat(rollup.getList("data.workspace.portfolios.edges.node.rollup.projects.key").toString()).contains("ENG");
        assertThat(rollup.getInt("data.workspace.portfolios.edges[0].node.rollup.total.risks.highestExposure")).isEqualTo(20);
        JsonPath health = run("project-health", ws);
        assertThat(health.getInt("data.workspace.project.riskMatrix.total")).isEqualTo(1);
        assertThat(health.getList("data.workspace.project.risks.edges.node.exposure")).containsExactly(20);
    }

    @SuppressWarnings("unchecked")
    private static JsonPath run(String example, String ws) throws Exception {
        String query = Files.readString(EXAMPLES.resolve(example + ".graphql"));
        String variables = Files.readString(EXAMPLES.resolve(example + ".variables.json")).replace("\"acme\"", "\"" + ws + "\"");
        return ok(query, new ObjectMapper().readValue(variables, Map.class));
    }
}
