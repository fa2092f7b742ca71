package io.worklane.api.view;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved views: CRUD with If-Match and Idempotency-Key, checked filters and sorts, privacy, and running one. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ViewsRestTest {

    static String views(String ws) {
        return "/api/v1/workspaces/" + ws + "/views";
    }

    @Test
    void a_view_is_saved_changed_with_its_version_and_deleted() {
        String ws = aWorkspace();
        Map<String, Object> body = Map.of("name", "Open bugs", "shared", "WORKSPACE",
                "filter", "type = BUG AND statusCategory != DONE", "sort", "priority,-dueDate",
                "columns", List.of("key", "title", "status"), "grouping", "status", "layout", "BOARD");
        JsonPath created = asAdmin().header("Idempotency-Key", "view-1").body(body).post(views(ws)).then()
                .statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", notNullValue())
                .body("owner.kind", equalTo("API_KEY")).body("columns", equalTo(List.of("key", "title", "status")))
                .extract().jsonPath();
        String id = created.getString("id");
        asAdmin().header("Idempotency-Key", "view-1").body(body).post(views(ws)).then().statusCode(201)
                .body("id", equalTo(id));
        asAdmin().get(views(ws)).then().statusCode(200).body("items.id", equalTo(List.of(id)));

        String view = views(ws) + "/" + id;
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(java.util.Collections.singletonMap("grouping", null)).patch(view).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("grouping", equalTo(null)).body("layout", equalTo("BOARD"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("layout", "TABLE")).patch(view).then().statusCode(412);
        asAdmin().get(view).then().statusCode(200).header("ETag", equalTo("\"1\""));
        asAdmin().header("If-Match", "\"1\"").delete(view).then().statusCode(204);
        asAdmin().get(view).then().statusCode(404).body("code", equalTo("VIEW_NOT_FOUND"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", org.hamcrest.Matchers.hasItems("view.created", "view.updated", "view.deleted"));
    }

    @Test
    void filters_and_sorts_are_checked_when_saved() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "LIST", "filter", "status = (open"))
                .post(views(ws)).then().statusCode(400).body("code", equalTo("INVALID_FILTER"))
                .body("detail", containsString("position"));
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "LIST", "filter", "colour = red"))
                .post(views(ws)).then().statusCode(400).body("code", equalTo("INVALID_FILTER"));
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "LIST", "filter", "customFields.nope = 1"))
                .post(views(ws)).then().statusCode(400).body("code", equalTo("INVALID_FILTER"))
                .body("detail", containsString("nope"));
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "LIST", "sort", "shoeSize"))
                .post(views(ws)).then().statusCode(400).body("errors[0].code", equalTo("INVALID_SORT"));
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "GANTT")).post(views(ws)).then()
                .statusCode(400);
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "TABLE",
                        "columns", List.of("key", "shoeSize", "customFields.cost")))
                .post(views(ws)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].code", equalTo("INVALID_COLUMN")).body("errors[0].message", containsString("shoeSize"))
                .body("errors[0].message", containsString("dueDate"));
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "BOARD", "grouping", "colour"))
                .post(views(ws)).then().statusCode(400).body("code", equalTo("INVALID_GROUP_BY"))
                .body("detail", containsString("status"));
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "BOARD", "grouping", "status,priority"))
                .post(views(ws)).then().statusCode(400).body("code", equalTo("INVALID_GROUP_BY"));
        asAdmin().body(Map.of("name", "Bad", "shared", "PRIVATE", "layout", "BOARD", "grouping", " "))
                .post(views(ws)).then().statusCode(400);
        asAdmin().get(views(ws)).then().body("items", empty());
        asAdmin().body(Map.of("name", "Good", "shared", "PRIVATE", "layout", "CALENDAR", "grouping", "dueDate:week",
                        "columns", List.of("KEY", "title", "statusCategory", "customFields.cost")))
                .post(views(ws)).then().statusCode(201);
    }

    @Test
    void a_private_view_does_not_exist_for_others() {
        String ws = aWorkspace();
        aProject(ws, "PRV");
        String alice = key(ws, "work_items:write");
        String bob = key(ws, "work_items:write");
        String mine = as(alice).body(Map.of("name", "Alice's own", "shared", "PRIVATE", "layout", "LIST"))
                .post(views(ws)).then().statusCode(201).extract().path("id");
        String shared = as(alice).body(Map.of("name", "Team board", "shared", "WORKSPACE", "layout", "BOARD"))
                .post(views(ws)).then().statusCode(201).extract().path("id");

        as(bob).get(views(ws)).then().statusCode(200).body("items.id", equalTo(List.of(shared)));
        as(bob).get(views(ws) + "/" + mine).then().statusCode(404).body("code", equalTo("VIEW_NOT_FOUND"));
        as(bob).get(views(ws) + "/" + mine + "/items").then().statusCode(404);
        as(bob).contentType("application/merge-patch+json").body(Map.of("name", "Mine now"))
                .patch(views(ws) + "/" + mine).then().statusCode(404);
        // a shared view is the workspace's: anyone who may write work items changes it
        as(bob).contentType("application/merge-patch+json").body(Map.of("name", "Team board (sorted)"))
                .patch(views(ws) + "/" + shared).then().statusCode(200).body("owner.id", notNullValue());
        as(alice).get(views(ws)).then().body("items.id", equalTo(List.of(mine, shared)));
        // the feed tells of the private view's change, not of its content
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.find { it.subjectId == '" + mine + "' }.data.shared", equalTo("PRIVATE"))
                .body("items.find { it.subjectId == '" + mine + "' }.data.name", equalTo(null))
                .body("items.data.name", hasItem("Team board (sorted)")).body("items.data.name", not(hasItem("Alice's own")));
    }

    @Test
    void running_a_view_answers_what_the_list_answers_for_its_filter_and_sort() {
        String ws = aWorkspace();
        aProject(ws, "RUN");
        for (String title : List.of("alpha one", "beta", "alpha two", "alpha three", "gamma")) {
            aWorkItem(ws, "RUN", title);
        }
        String filter = "title ~ \"alpha\"";
        String id = asAdmin().body(Map.of("name", "Alphas", "shared", "WORKSPACE", "layout", "TABLE",
                "filter", filter, "sort", "title")).post(views(ws)).then().statusCode(201).extract().path("id");
        List<String> listed = asAdmin().queryParam("filter", filter).queryParam("sort", "title")
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200)
                .extract().jsonPath().getList("items.key", String.class);
        List<String> run = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = asAdmin().queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(views(ws) + "/" + id + "/items").then().statusCode(200).body("warnings", empty())
                    .extract().jsonPath();
            run.addAll(page.getList("items.key", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(listed).hasSize(3);
        assertThat(run).isEqualTo(listed);

        JsonPath gql = GraphQL.ok(ADMIN_KEY, "query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { view(id: $id) {"
                + " name layout items(first: 2) { edges { node { key } } pageInfo { hasNextPage } warnings } } } }",
                Map.of("ws", ws, "id", id));
        assertThat(gql.getList("data.workspace.view.items.edges.node.key", String.class)).isEqualTo(listed.subList(0, 2));
        assertThat(gql.getBoolean("data.workspace.view.items.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void a_view_naming_a_deleted_custom_field_answers_with_a_warning() {
        String ws = aWorkspace();
        aProject(ws, "CF");
        String field = asAdmin().body(Map.of("key", "cost", "name", "Cost", "type", "NUMBER"))
                .post("/api/v1/workspaces/" + ws + "/projects/CF/custom-fields").then().statusCode(201)
                .extract().path("id");
        aWorkItem(ws, "CF", "Cheap");
        String id = asAdmin().body(Map.of("name", "Costly", "shared", "WORKSPACE", "layout", "LIST",
                "filter", "customFields.cost > 100 OR title ~ \"cheap\"", "sort", "-customFields.cost"))
                .post(views(ws)).then().statusCode(201).extract().path("id");
        asAdmin().delete("/api/v1/workspaces/" + ws + "/projects/CF/custom-fields/" + field).then().statusCode(204);

        asAdmin().get(views(ws) + "/" + id + "/items").then().statusCode(200)
                .body("items.key", equalTo(List.of("CF-1")))
                .body("warnings[0]", containsString("customFields.cost is no longer defined"));
        JsonPath gql = GraphQL.ok(ADMIN_KEY, "query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) {"
                + " view(id: $id) { items { warnings } } } }", Map.of("ws", ws, "id", id));
        assertThat(gql.getList("data.workspace.view.items.warnings", String.class)).hasSize(1);
    }

    private static RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }

    private static String key(String ws, String scope) {
        return asAdmin().body(Map.of("name", "Views " + scope, "scopes", List.of(scope)))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
    }
}
