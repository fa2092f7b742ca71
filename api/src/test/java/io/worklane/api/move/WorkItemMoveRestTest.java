package io.worklane.api.move;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A work item moved to another project of its workspace (ADR 0082): a new key that the old one still finds,
 * its children along, states kept or mapped, custom values kept where the target has the same field, the phase
 * cleared, dependencies kept, history and one event per item; refusals change nothing.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkItemMoveRestTest {
    static String path(String ws, String rest) {
        return "/api/v1/workspaces/" + ws + "/" + rest;
    }

    static String move(String ws, String key) {
        return path(ws, "work-items/" + key + "/move");
    }

    static void aField(String ws, String project, String key, String type) {
        asAdmin().body(Map.of("key", key, "name", key, "type", type))
                .post(path(ws, "projects/" + project + "/custom-fields")).then().statusCode(201);
    }

    /** A project whose items follow a workflow made from a template (its states, not the default ones). */
    static void aProjectOn(String ws, String key, String template) {
        aProject(ws, key);
        String wf = asAdmin().body(Map.of("template", template, "name", template + " " + key))
                .post(path(ws, "workflows")).then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflow", wf)).patch(path(ws, "projects/" + key)).then().statusCode(200);
    }

    private static void child(String ws, String project, String title, String parent) {
        asAdmin().body(Map.of("project", project, "title", title, "parent", parent)).post(path(ws, "work-items"))
                .then().statusCode(201);
    }

    @Test
    void an_item_moves_with_its_children_and_its_old_keys_still_find_them() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        aProjectOn(ws, "OPS", "software_delivery");
        aWorkItem(ws, "OPS", "Already there");
        aField(ws, "ENG", "customer", "TEXT");
        aField(ws, "ENG", "cost", "NUMBER");
        aField(ws, "ENG", "sprint", "TEXT");
        aField(ws, "OPS", "customer", "TEXT");
        aField(ws, "OPS", "cost", "TEXT");
        String phase = asAdmin().body(Map.of("name", "Build", "startDate", "2027-01-04", "endDate", "2027-02-26"))
                .post(path(ws, "projects/ENG/phases")).then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("project", "ENG", "title", "Parent", "phase", phase, "customFields",
                Map.of("customer", "Globex", "cost", 12, "sprint", "S1"))).post(path(ws, "work-items")).then()
                .statusCode(201);
        child(ws, "ENG", "Child", "ENG-1");
        child(ws, "ENG", "Grandchild", "ENG-2");
        aWorkItem(ws, "ENG", "Stays");
        asAdmin().body(Map.of("predecessor", "ENG-4", "type", "FS")).post(path(ws, "work-items/ENG-1/dependencies"))
                .then().statusCode(201);
        String resource = asAdmin().body(Map.of("kind", "EQUIPMENT", "name", "Rig")).post(path(ws, "resources"))
                .then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("resource", resource, "workItem", "ENG-2", "from", "2027-01-04", "to", "2027-01-08",
                "minutesPerWeek", 600)).post(path(ws, "allocations")).then().statusCode(201);

        JsonPath moved = asAdmin().header("If-Match", "\"0\"").body(Map.of("project", "OPS")).post(move(ws, "ENG-1"))
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("workItem.key", equalTo("OPS-2")).body("workItem.projectKey", equalTo("OPS"))
                .body("workItem.status", equalTo("todo")).body("workItem.phaseId", nullValue())
                .body("workItem.customFields", equalTo(Map.of("customer", "Globex")))
                .body("moved.previousKey", equalTo(List.of("ENG-1", "ENG-2", "ENG-3")))
                .body("moved.key", equalTo(List.of("OPS-2", "OPS-3", "OPS-4")))
                .body("moved.version", equalTo(List.of(1, 1, 1)))
                .extract().jsonPath();
        assertThat(moved.getList("moved[0].droppedCustomFields", String.class)).containsExactlyInAnyOrder("cost",
                "sprint");
        assertThat(moved.getList("moved[1].droppedCustomFields")).isEmpty();

        asAdmin().get(path(ws, "work-items/ENG-1")).then().statusCode(200).header("ETag", "\"1\"")
                .body("key", equalTo("OPS-2"));
        asAdmin().get(path(ws, "work-items/ENG-3")).then().statusCode(200).body("key", equalTo("OPS-4"))
                .body("parentKey", equalTo("OPS-3"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("title", "Renamed through the old key")).patch(path(ws, "work-items/ENG-2")).then()
                .statusCode(200).body("key", equalTo("OPS-3"));
        asAdmin().queryParam("project", "ENG").get(path(ws, "work-items")).then().statusCode(200)
                .body("items.key", equalTo(List.of("ENG-4")));
        asAdmin().get(path(ws, "work-items/OPS-2/dependencies")).then().statusCode(200)
                .body(containsString("ENG-4"));
        // the child's allocation is now the target project's: a reservation of work that moved
        asAdmin().queryParam("project", "OPS").get(path(ws, "allocations")).then().statusCode(200)
                .body("items.size()", equalTo(1));
        asAdmin().queryParam("project", "ENG").get(path(ws, "allocations")).then().body("items.size()", equalTo(0));

        JsonPath history = asAdmin().get(path(ws, "work-items/OPS-2/activity")).then().statusCode(200).extract()
                .jsonPath();
        assertThat(history.getList("items.field", String.class)).contains("key", "phase", "customFields.sprint");
        List<Map<String, Object>> events = asAdmin().queryParam("limit", 1000).get(path(ws, "events")).then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.type == 'work_item.moved' }");
        assertThat(events).hasSize(3);
        Map<?, ?> first = (Map<?, ?>) events.get(0).get("data");
        assertThat(first.get("key")).isEqualTo("OPS-2");
        assertThat(first.get("previousKey")).isEqualTo("ENG-1");
        assertThat(((Map<?, ?>) events.get(0).get("previous")).get("key")).isEqualTo("ENG-1");
        assertThat(((Map<?, ?>) events.get(1).get("data")).get("movedWith")).isEqualTo("ENG-1");

        // a new item of the source project does not take a number an old key holds
        aWorkItem(ws, "ENG", "After the move").body("key", equalTo("ENG-5"));
        // and back again: a third key, both old ones still find it
        asAdmin().body(Map.of("project", "ENG")).post(move(ws, "OPS-4")).then().statusCode(200)
                .body("workItem.key", equalTo("ENG-6"));
        asAdmin().get(path(ws, "work-items/ENG-3")).then().statusCode(200).body("key", equalTo("ENG-6"));
        asAdmin().get(path(ws, "work-items/OPS-4")).then().statusCode(200).body("key", equalTo("ENG-6"));
    }

    @Test
    void a_state_the_target_lacks_is_refused_naming_it_unless_the_request_maps_it() {
        String ws = aWorkspace();
        aProject(ws, "SRC");
        aProjectOn(ws, "REQ", "request_intake");
        aWorkItem(ws, "SRC", "Started");
        asAdmin().body(Map.of("to", "in_progress")).post(path(ws, "work-items/SRC-1/transitions")).then()
                .statusCode(200);

        asAdmin().body(Map.of("project", "REQ")).post(move(ws, "SRC-1")).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("STATE_NOT_IN_TARGET_WORKFLOW"))
                .body("detail", containsString("in_progress")).body("detail", containsString("statusMapping"));
        asAdmin().body(Map.of("project", "REQ", "statusMapping", Map.of("in_progress", "nowhere")))
                .post(move(ws, "SRC-1")).then().statusCode(409).body("detail", containsString("nowhere"));
        asAdmin().get(path(ws, "work-items/SRC-1")).then().body("key", equalTo("SRC-1")).body("version", equalTo(1));

        asAdmin().body(Map.of("project", "REQ", "statusMapping", Map.of("in_progress", "triage")))
                .post(move(ws, "SRC-1")).then().statusCode(200).body("workItem.key", equalTo("REQ-1"))
                .body("workItem.status", equalTo("triage")).body("workItem.version", equalTo(2));
        asAdmin().get(path(ws, "work-items/REQ-1/transitions")).then().statusCode(200)
                .body("from", equalTo("triage"));
    }

    @Test
    void a_child_with_no_place_stops_the_whole_move() {
        String ws = aWorkspace();
        aProject(ws, "PAR");
        aProjectOn(ws, "ONB", "employee_onboarding");
        aWorkItem(ws, "PAR", "Parent");
        child(ws, "PAR", "Child", "PAR-1");
        asAdmin().body(Map.of("to", "in_progress")).post(path(ws, "work-items/PAR-1/transitions")).then()
                .statusCode(200);
        // the parent's state is there; the child's 'todo' is not
        asAdmin().body(Map.of("project", "ONB")).post(move(ws, "PAR-1")).then().statusCode(409)
                .body("code", equalTo("STATE_NOT_IN_TARGET_WORKFLOW")).body("detail", containsString("PAR-2"));
        asAdmin().get(path(ws, "work-items/PAR-1")).then().body("key", equalTo("PAR-1"));
        asAdmin().body(Map.of("project", "ONB", "statusMapping", Map.of("todo", "not_started")))
                .post(move(ws, "PAR-1")).then().statusCode(200)
                .body("moved.status", equalTo(List.of("in_progress", "not_started")));
    }

    @Test
    void refusals_change_nothing() {
        String ws = aWorkspace();
        aProject(ws, "REF");
        aProject(ws, "TGT");
        aWorkItem(ws, "REF", "Stays put");

        asAdmin().body(Map.of("project", "NOPE")).post(move(ws, "REF-1")).then().statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"));
        asAdmin().body(Map.of("project", "REF")).post(move(ws, "REF-1")).then().statusCode(409)
                .body("code", equalTo("ALREADY_IN_PROJECT"));
        asAdmin().body(Map.of("project", "TGT")).post(move(ws, "REF-9")).then().statusCode(404)
                .body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        asAdmin().header("If-Match", "\"7\"").body(Map.of("project", "TGT")).post(move(ws, "REF-1")).then()
                .statusCode(412).body("code", equalTo("CONFLICT"));
        asAdmin().body(Map.of("project", "TGT", "expectedVersion", 3)).post(move(ws, "REF-1")).then()
                .statusCode(412);
        asAdmin().body(Map.of()).post(move(ws, "REF-1")).then().statusCode(400);
        String reader = asAdmin().body(Map.of("name", "Reader", "scopes", List.of("work_items:read")))
                .post(path(ws, "api-keys")).then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON)
                .body(Map.of("project", "TGT")).post(move(ws, "REF-1")).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        String other = aWorkspace();
        aProject(other, "TGT");
        asAdmin().body(Map.of("project", "TGT")).post(move(other, "REF-1")).then().statusCode(404);

        asAdmin().get(path(ws, "work-items/REF-1")).then().body("key", equalTo("REF-1")).body("version", equalTo(0));
        asAdmin().queryParam("project", "TGT").get(path(ws, "work-items")).then().body("items", equalTo(List.of()));
    }
}
