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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filter expressions on lists: the GraphQL tree and text answer as REST does; bad ones are INVALID_FILTER. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class FilterRefusalsTest {
    private static final String ITEMS = "query($ws: String!, $filter: WorkItemFilter) { workspace(idOrSlug: $ws) {"
            + " workItems(first: 50, filter: $filter, orderBy: CREATED_AT_ASC) { totalCount edges { node { key } } } } }";

    @Test
    void aBadExpressionIsRefusedWithThePositionAndWhatWasExpected() {
        String ws = aWorkspace();
        refused(ws, "priority >=").body("detail", containsString("position 12"))
                .body("detail", containsString("Expected a value"));
        refused(ws, "colour = red").body("detail", containsString("Unknown field 'colour'"))
                .body("detail", containsString("statusCategory")).body("errors[0].field", equalTo("filter"));
        refused(ws, "dueDate = soon").body("detail", containsString("'dueDate'"))
                .body("detail", containsString("today+3d"));
        refused(ws, "assignee = bob").body("detail", containsString("me or a quoted email"));
        refused(ws, "(".repeat(11) + "type = BUG" + ")".repeat(11)).body("detail", containsString("deeper than 10"));
        refused(ws, String.join(" OR ", java.util.Collections.nCopies(51, "type = BUG")))
                .body("detail", containsString("More than 50 conditions"));
        // the edges of the calendar answer, they do not fail
        asAdmin().queryParam("filter", "createdAt <= 9999-12-31 AND updatedAt > 0000-01-01 AND dueDate < today+99999d")
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200);
    }

    @Test
    void customFieldsAreCheckedAgainstTheirDefinitions() {
        String ws = aWorkspace();
        aProject(ws, "CT");
        asAdmin().body(Map.of("key", "cost", "name", "Cost", "type", "NUMBER"))
                .post("/api/v1/workspaces/" + ws + "/projects/CT/custom-fields").then().statusCode(201);
        refused(ws, "customFields.colour = red").body("detail", containsString("Unknown field 'customFields.colour'"))
                .body("detail", containsString("customFields.cost"));
        refused(ws, "type = BUG AND customFields.cost > \"cheap\"").body("detail", containsString("NUMBER"))
                .body("detail", containsString("position 16"));
        asAdmin().queryParam("filter", "customFields.cost > 10 OR customFields.cost IS EMPTY")
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200);
    }

    @Test
    void theGraphQLTreeAndTextFormAnswerAsTheRestFilterDoes() {
        String ws = aWorkspace();
        aProject(ws, "GT");
        for (String priority : List.of("LOW", "HIGH", "URGENT", "HIGH")) {
            asAdmin().body(Map.of("project", "GT", "title", "Item " + priority, "priority", priority,
                    "labels", priority.equals("LOW") ? List.of("ops") : List.of()))
                    .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        }
        String text = "(priority = HIGH OR NOT labels IS EMPTY)";
        List<String> rest = asAdmin().queryParam("filter", text).queryParam("sort", "createdAt")
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200).extract().path("items.key");
        Map<String, Object> tree = Map.of("or", List.of(
                Map.of("condition", Map.of("field", "priority", "op", "EQ", "values", List.of("HIGH"))),
                Map.of("not", Map.of("condition", Map.of("field", "labels", "op", "IS_EMPTY")))));

        assertThat(rest).containsExactly("GT-1", "GT-2", "GT-4");
        assertThat(keys(ws, tree)).isEqualTo(rest);
        assertThat(keys(ws, Map.of("where", text))).isEqualTo(rest);
        assertThat(keys(ws, Map.of("where", "priority >= HIGH", "not", Map.of("where", "priority = URGENT"))))
                .containsExactly("GT-2", "GT-4");
    }

    @Test
    void graphQLRefusesABadTreeWithTheSameCode() {
        String ws = aWorkspace();
        JsonPath bad = GraphQL.as(ADMIN_KEY, ITEMS, Map.of("ws", ws, "filter", Map.of("where", "priority >")));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("INVALID_FILTER");
        JsonPath flat = GraphQL.as(ADMIN_KEY, ITEMS, Map.of("ws", ws, "filter",
                Map.of("and", List.of(Map.of("status", "todo")))));
        assertThat(flat.getString("errors[0].extensions.code")).isEqualTo("INVALID_FILTER");
        JsonPath arity = GraphQL.as(ADMIN_KEY, ITEMS, Map.of("ws", ws, "filter",
                Map.of("condition", Map.of("field", "priority", "op", "EQ", "values", List.of("LOW", "HIGH")))));
        assertThat(arity.getString("errors[0].message")).contains("exactly one value");
    }

    private static List<String> keys(String ws, Map<String, Object> filter) {
        return GraphQL.ok(ADMIN_KEY, ITEMS, Map.of("ws", ws, "filter", filter))
                .getList("data.workspace.workItems.edges.node.key");
    }

    private static io.restassured.response.ValidatableResponse refused(String ws, String filter) {
        return asAdmin().queryParam("filter", filter).get("/api/v1/workspaces/" + ws + "/work-items").then()
                .statusCode(400).body("code", equalTo("INVALID_FILTER"));
    }
}
