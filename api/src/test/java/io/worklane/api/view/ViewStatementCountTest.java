package io.worklane.api.view;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Running a saved view costs the same number of SQL statements for a page of 2 items and a page of 30, each
 * with assignees, labels, a parent and custom values: the page and what it shows are read by set, never per item.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ViewStatementCountTest {
    private static final String VIEW_ITEMS = "query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) {"
            + " view(id: $id) { items(first: 50) { edges { node { key title status assignees { email } labels"
            + " parent { key } customFields } } } } } }";

    @Test
    void a_view_reads_a_fixed_number_of_statements_whatever_the_number_of_items() {
        String[] few = aWorkspaceWithAView(2);
        String[] many = aWorkspaceWithAView(30);

        long forFew = statementsOf(few, 2);
        long forMany = statementsOf(many, 30);

        assertThat(forMany).isEqualTo(forFew);
        assertThat(forFew).as("the view, the page, and two reads by set of what its items show").isEqualTo(4);
    }

    @Test
    void over_graphql_too() {
        String[] few = aWorkspaceWithAView(2);
        String[] many = aWorkspaceWithAView(30);
        graphql(few);
        long forFew = graphql(few).getLong("extensions.cost.statements");
        graphql(many);
        JsonPath json = graphql(many);

        assertThat(json.getList("data.workspace.view.items.edges")).hasSize(30);
        assertThat(json.getLong("extensions.cost.statements")).isEqualTo(forFew);
    }

    private static long statementsOf(String[] wsAndView, int items) {
        String run = "/api/v1/workspaces/" + wsAndView[0] + "/views/" + wsAndView[1] + "/items?limit=50";
        asAdmin().get(run).then().statusCode(200); // the workspace, its fields and members in memory
        ValidatableResponse response = asAdmin().get(run).then().statusCode(200);
        JsonPath json = response.extract().jsonPath();
        assertThat(json.getList("items")).hasSize(items);
        assertThat(json.getList("items[0].labels")).contains("ops");
        return Long.parseLong(response.extract().header("Worklane-Sql-Statements"));
    }

    private static JsonPath graphql(String[] wsAndView) {
        return GraphQL.ok(ADMIN_KEY, VIEW_ITEMS, Map.of("ws", wsAndView[0], "id", wsAndView[1]));
    }

    /** A parent item and n children, each assigned, labelled and with a custom value; a view of the children. */
    private static String[] aWorkspaceWithAView(int n) {
        String ws = aWorkspace();
        aProject(ws, "VW");
        String ada = aMember(ws, "ada@example.com");
        asAdmin().body(Map.of("key", "points", "name", "Points", "type", "NUMBER"))
                .post("/api/v1/workspaces/" + ws + "/projects/VW/custom-fields").then().statusCode(201);
        asAdmin().body(Map.of("project", "VW", "title", "Parent")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(201);
        for (int i = 0; i < n; i++) {
            asAdmin().body(Map.of("project", "VW", "title", "Child " + i, "parent", "VW-1", "assigneeIds", List.of(ada),
                    "labels", List.of("ops"), "customFields", Map.of("points", i)))
                    .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        }
        String view = asAdmin().body(Map.of("name", "Children", "shared", "WORKSPACE", "layout", "LIST",
                "filter", "labels CONTAINS \"ops\"", "sort", "-createdAt")).post("/api/v1/workspaces/" + ws + "/views")
                .then().statusCode(201).extract().path("id");
        return new String[] {ws, view};
    }
}
