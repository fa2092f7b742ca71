package io.worklane.api.resource;

import static io.worklane.api.resource.ResourceFixtures.MONDAY;
import static io.worklane.api.resource.ResourceFixtures.anAllocation;
import static io.worklane.api.resource.ResourceFixtures.path;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workload costs the same number of SQL statements for one resource and for many, each with
 * allocations, assigned estimated items and logged time: it reads by set, never per resource.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkloadStatementCountTest {
    @Test
    void the_workload_reads_a_fixed_number_of_statements_whatever_the_number_of_resources() {
        String one = aWorkspaceWith(1);
        String many = aWorkspaceWith(12);

        long forOne = statementsOf(one, 1);
        long forMany = statementsOf(many, 12);

        assertThat(forMany).isEqualTo(forOne);
        assertThat(forOne).as("resources, holidays, allocations, assigned items, logged time (key and workspace from memory)")
                .isEqualTo(5);
    }

    @Test
    void over_graphql_too() {
        String one = aWorkspaceWith(1);
        String many = aWorkspaceWith(12);
        String query = "query($ws: String!) { workspace(idOrSlug: $ws) { workload(from: \"2026-12-07\", to: "
                + "\"2027-01-31\") { resources { resource { name } periods { allocatedMinutes loggedMinutes } } } } }";

        graphql(query, one);
        long forOne = graphql(query, one).getLong("extensions.cost.statements");
        graphql(query, many);
        JsonPath json = graphql(query, many);
        long forMany = json.getLong("extensions.cost.statements");

        assertThat(json.getList("data.workspace.workload.resources")).hasSize(12);
        assertThat(forMany).isEqualTo(forOne);
    }

    private long statementsOf(String ws, int resources) {
        asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200); // key and workspace in memory
        ValidatableResponse response = asAdmin().queryParam("from", MONDAY).queryParam("to", "2027-01-31")
                .get(path(ws, "workload")).then().statusCode(200);
        long used = Long.parseLong(response.extract().header("Worklane-Sql-Statements"));
        JsonPath json = response.extract().jsonPath();
        assertThat(json.getList("resources")).hasSize(resources);
        assertThat(json.getInt("resources[0].periods[0].allocatedMinutes")).isEqualTo(600);
        assertThat(json.getInt("resources[0].periods[0].assignedMinutes")).isEqualTo(120);
        assertThat(json.getInt("resources[0].periods[0].loggedMinutes")).isEqualTo(45);
        return used;
    }

    private static JsonPath graphql(String query, String ws) {
        return io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + io.worklane.api.support.Api.ADMIN_KEY)
                .contentType("application/json").body(Map.of("query", query, "variables", Map.of("ws", ws)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** People linked to members, each allocated 10 h, assigned a 2 h item this week, with 45 minutes logged. */
    private static String aWorkspaceWith(int people) {
        String ws = aWorkspace();
        aProject(ws, "LOAD");
        for (int i = 0; i < people; i++) {
            String member = aMember(ws, "person" + i + "@example.com");
            String resource = asAdmin().body(Map.of("kind", "PERSON", "name", "Person " + i, "member", member))
                    .post(path(ws, "resources")).then().statusCode(201).extract().path("id");
            anAllocation(ws, resource, "LOAD", 10);
            String item = asAdmin().body(Map.of("project", "LOAD", "title", "Item " + i, "assigneeIds", List.of(member),
                            "estimateMinutes", 120, "startDate", "2026-12-07", "dueDate", "2026-12-11"))
                    .post(path(ws, "work-items")).then().statusCode(201).extract().path("key");
            asAdmin().body(Map.of("resource", resource, "workItem", item, "date", "2026-12-08", "minutes", 45))
                    .post(path(ws, "time-entries")).then().statusCode(201);
        }
        return ws;
    }
}
