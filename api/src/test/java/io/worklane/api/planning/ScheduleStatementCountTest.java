package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.anItem;
import static io.worklane.api.planning.Planning.depends;
import static io.worklane.api.planning.Planning.project;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.Api;
import io.worklane.api.support.PostgresResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schedule, over REST and as the Gantt example over GraphQL, costs the same number of SQL
 * statements for a project of 3 items and one of 30 with dependencies, another project's predecessor
 * and holidays: it reads by set, never per item.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ScheduleStatementCountTest {
    @Test
    void the_schedule_reads_a_fixed_number_of_statements_whatever_the_size_of_the_project() {
        String small = aWorkspaceWithAChainOf(3);
        String large = aWorkspaceWithAChainOf(30);
        long forSmall = statementsOf(schedule(small));
        ExtractableResponse<Response> answer = schedule(large);
        long forLarge = statementsOf(answer);
        assertThat(answer.jsonPath().getList("items")).hasSize(30);
        assertThat(answer.jsonPath().getList("criticalPaths[0]")).hasSize(30);
        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).as("project, items, dependencies, outside items, holidays (key and workspace from memory)")
                .isEqualTo(5);
    }

    @Test
    void the_gantt_example_costs_the_same_for_3_items_and_for_30() throws Exception {
        String query = Files.readString(Path.of("..", "graphql-schema", "examples", "gantt.graphql"));
        String small = aWorkspaceWithAChainOf(3);
        String large = aWorkspaceWithAChainOf(30);
        long forSmall = statementsOf(gantt(query, small));
        ExtractableResponse<Response> response = gantt(query, large);
        long forLarge = statementsOf(response);
        JsonPath answer = response.jsonPath();
        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getList("data.workspace.project.schedule.items")).hasSize(30);
        assertThat(answer.getList("data.workspace.project.workItems.edges")).hasSize(30);
        assertThat(answer.getString("data.workspace.project.workItems.edges[1].node.predecessors[0]"
                + ".predecessor.key")).isEqualTo("GANTT-1");
        assertThat(answer.getList("data.workspace.project.workItems.edges.node.findAll { it.type == 'MILESTONE' }"))
                .hasSize(1);
        assertThat(answer.getList("data.workspace.project.phases.name")).containsExactly("Build");
        assertThat(answer.getList("data.workspace.project.milestones")).hasSize(1);
        assertThat(answer.getString("data.workspace.project.milestones[0].status")).isNotNull();
        assertThat(forLarge).isEqualTo(forSmall);
    }

    private static ExtractableResponse<Response> schedule(String ws) {
        asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200); // key and workspace in memory
        return asAdmin().get(project(ws, "GANTT") + "/schedule").then().statusCode(200).extract();
    }

    /** The statements the server ran for this request alone, as it reports them. */
    private static long statementsOf(ExtractableResponse<Response> response) {
        return Long.parseLong(response.header("Worklane-Sql-Statements"));
    }

    private static ExtractableResponse<Response> gantt(String query, String ws) {
        asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200); // key and workspace in memory
        return RestAssured.given().header("Authorization", "Bearer " + Api.ADMIN_KEY).contentType("application/json")
                .body(Map.of("query", query, "variables", Map.of("workspace", ws, "project", "GANTT")))
                .post("/graphql").then().statusCode(200).extract();
    }

    /**
     * A project GANTT whose items form a finish-to-start chain ending in a milestone, the first waiting
     * for an item of project OPS; a holiday in the calendar.
     */
    private static String aWorkspaceWithAChainOf(int items) {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "GANTT", "name", "Gantt", "kind", "PROJECT", "startDate", "2026-12-14"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("key", "OPS", "name", "Operations", "kind", "PROJECT"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("date", "2026-12-25", "name", "Christmas")).post("/api/v1/workspaces/" + ws
                + "/holidays").then().statusCode(201);
        String outside = anItem(ws, "OPS", "Provision", "2026-12-14", "2026-12-15");
        asAdmin().body(Map.of("name", "Build")).post(project(ws, "GANTT") + "/phases").then().statusCode(201);
        for (int i = 1; i <= items; i++) {
            Map<String, Object> body = i == items
                    ? Map.of("project", "GANTT", "title", "Launch", "type", "MILESTONE", "dueDate", "2027-03-01")
                    : Map.of("project", "GANTT", "title", "Step " + i, "estimateMinutes", 480);
            String key = asAdmin().body(body).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201)
                    .extract().path("key");
            depends(ws, key, i == 1 ? outside : "GANTT-" + (i - 1), "FS", 0).statusCode(201);
        }
        return ws;
    }
}
