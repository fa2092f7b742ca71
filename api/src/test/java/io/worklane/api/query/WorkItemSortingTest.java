package io.worklane.api.query;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sorting by several keys (ADR 0052): the order, empty values last in either direction, ties by id,
 * and keyset pages that neither skip nor repeat an item while items are added between pages.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkItemSortingTest {
    private static String items(String ws) {
        return "/api/v1/workspaces/" + ws + "/work-items";
    }

    /** Items with priorities, due dates and costs chosen so that every key has ties and empty values. */
    private static String seeded() {
        String ws = aWorkspace();
        aProject(ws, "SO");
        asAdmin().body(Map.of("key", "cost", "name", "Cost", "type", "NUMBER"))
                .post("/api/v1/workspaces/" + ws + "/projects/SO/custom-fields").then().statusCode(201);
        item(ws, "one", "HIGH", "2026-03-01", 5);     // SO-1
        item(ws, "two", "HIGH", null, 7);             // SO-2
        item(ws, "three", "LOW", "2026-01-01", null); // SO-3
        item(ws, "four", "HIGH", "2026-03-01", 2);    // SO-4
        item(ws, "five", "NONE", null, null);         // SO-5
        item(ws, "six", "HIGH", "2026-02-01", 9);     // SO-6
        return ws;
    }

    private static void item(String ws, String title, String priority, String due, Integer cost) {
        Map<String, Object> body = new HashMap<>(Map.of("project", "SO", "title", title, "priority", priority));
        if (due != null) {
            body.put("dueDate", due);
        }
        if (cost != null) {
            body.put("customFields", Map.of("cost", cost));
        }
        asAdmin().body(body).post(items(ws)).then().statusCode(201);
    }

    /** Every page of the list, two at a time: the keys in order. */
    private static List<String> paged(String ws, String sort) {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            var request = asAdmin().queryParam("sort", sort).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(items(ws)).then().statusCode(200).extract().jsonPath();
            keys.addAll(page.getList("items.key"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return keys;
    }

    @Test
    void several_keys_order_the_list_with_empty_values_last_and_pages_of_two_agree_with_one_page() {
        String ws = seeded();
        // priority descending; among HIGH, due date ascending (SO-2 has none: last); then cost descending
        assertThat(paged(ws, "-priority,dueDate,-customFields.cost"))
                .containsExactly("SO-6", "SO-1", "SO-4", "SO-2", "SO-3", "SO-5");
        // descending due date: empty values are still last
        assertThat(paged(ws, "-dueDate,key")).containsExactly("SO-1", "SO-4", "SO-6", "SO-3", "SO-2", "SO-5");
        assertThat(paged(ws, "customFields.cost")).containsExactly("SO-4", "SO-1", "SO-2", "SO-6", "SO-3", "SO-5");
        assertThat(paged(ws, "-customFields.cost,-key")).containsExactly("SO-6", "SO-2", "SO-1", "SO-4", "SO-5", "SO-3");
        assertThat(paged(ws, "title")).containsExactly("SO-5", "SO-4", "SO-1", "SO-6", "SO-3", "SO-2");
        // ties on every key: the id (creation order) decides, in the last key's direction
        assertThat(paged(ws, "priority")).containsExactly("SO-5", "SO-3", "SO-1", "SO-2", "SO-4", "SO-6");
        assertThat(paged(ws, "-priority")).containsExactly("SO-6", "SO-4", "SO-2", "SO-1", "SO-3", "SO-5");
    }

    @Test
    void items_added_between_pages_are_neither_repeated_nor_make_the_next_page_skip_one() {
        String ws = seeded();
        JsonPath first = asAdmin().queryParam("sort", "-priority,dueDate").queryParam("limit", 3).get(items(ws))
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.key")).containsExactly("SO-6", "SO-1", "SO-4");
        item(ws, "before the cursor", "URGENT", null, null);   // SO-7: sorts first, already passed
        item(ws, "tie after the cursor", "HIGH", "2026-03-01", null); // SO-8: ties SO-4, newer id: after it
        JsonPath rest = asAdmin().queryParam("sort", "-priority,dueDate").queryParam("limit", 10)
                .queryParam("cursor", first.getString("nextCursor")).get(items(ws)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rest.getList("items.key")).containsExactly("SO-8", "SO-2", "SO-3", "SO-5");
    }

    @Test
    void an_unknown_key_an_unknown_custom_field_and_a_cursor_of_another_order_are_refused() {
        String ws = seeded();
        asAdmin().queryParam("sort", "assignee").get(items(ws)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].code", equalTo("INVALID_SORT"))
                .body("errors[0].message", containsString("customFields.<key>"));
        asAdmin().queryParam("sort", "priority,priority").get(items(ws)).then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_SORT"));
        asAdmin().queryParam("sort", "customFields.nope").get(items(ws)).then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_SORT")).body("errors[0].message", containsString("cost"));
        String cursor = asAdmin().queryParam("sort", "priority").queryParam("limit", 1).get(items(ws)).then()
                .extract().path("nextCursor");
        asAdmin().queryParam("sort", "dueDate").queryParam("cursor", cursor).get(items(ws)).then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void graphql_sorts_by_the_same_keys_with_cursors_per_edge() {
        String ws = seeded();
        String query = "query($ws: String!, $after: String) { workspace(idOrSlug: $ws) { workItems(first: 2,"
                + " after: $after, sort: \"-priority,dueDate,-customFields.cost\") { edges { cursor node { key } }"
                + " pageInfo { hasNextPage endCursor } } } }";
        List<String> keys = new ArrayList<>();
        String after = null;
        boolean more;
        do {
            Map<String, Object> vars = new HashMap<>(Map.of("ws", ws));
            if (after != null) {
                vars.put("after", after);
            }
            JsonPath page = GraphQL.ok(ADMIN_KEY, query, vars);
            keys.addAll(page.getList("data.workspace.workItems.edges.node.key"));
            more = page.getBoolean("data.workspace.workItems.pageInfo.hasNextPage");
            after = page.getString("data.workspace.workItems.pageInfo.endCursor");
        } while (more);
        assertThat(keys).containsExactly("SO-6", "SO-1", "SO-4", "SO-2", "SO-3", "SO-5");

        // an edge's cursor continues after that edge
        JsonPath firstPage = GraphQL.ok(ADMIN_KEY, query, Map.of("ws", ws));
        String secondEdge = firstPage.getString("data.workspace.workItems.edges[0].cursor");
        JsonPath fromFirst = GraphQL.ok(ADMIN_KEY, query, Map.of("ws", ws, "after", secondEdge));
        assertThat(fromFirst.getList("data.workspace.workItems.edges.node.key")).containsExactly("SO-1", "SO-4");

        // a project's list (one statement for the projects of a level) pages by the same order
        String ofProject = "query($ws: String!, $after: String) { workspace(idOrSlug: $ws) { project(key: \"SO\") {"
                + " workItems(first: 4, after: $after, sort: \"customFields.cost\") { edges { node { key } }"
                + " pageInfo { endCursor } } } } }";
        JsonPath p1 = GraphQL.ok(ADMIN_KEY, ofProject, Map.of("ws", ws));
        assertThat(p1.getList("data.workspace.project.workItems.edges.node.key"))
                .containsExactly("SO-4", "SO-1", "SO-2", "SO-6");
        JsonPath p2 = GraphQL.ok(ADMIN_KEY, ofProject, Map.of("ws", ws,
                "after", p1.getString("data.workspace.project.workItems.pageInfo.endCursor")));
        assertThat(p2.getList("data.workspace.project.workItems.edges.node.key")).containsExactly("SO-3", "SO-5");

        JsonPath refused = GraphQL.as(ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) {"
                + " workItems(sort: \"labels\") { edges { cursor } } } }", Map.of("ws", ws));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
    }
}
