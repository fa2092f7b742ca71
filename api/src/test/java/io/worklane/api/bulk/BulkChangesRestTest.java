package io.worklane.api.bulk;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bulk changes over REST (issue #15 item 1, ADR 0060): each item goes through the single change's use cases
 * (guards, versions, history, events with one bulkId), ATOMIC is all or nothing, PER_ITEM answers per item, a
 * dry run writes nothing, and bad input changes nothing.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BulkChangesRestTest {
    static String bulk(String ws) {
        return "/api/v1/workspaces/" + ws + "/work-items/bulk";
    }

    static String item(String ws, String key) {
        return "/api/v1/workspaces/" + ws + "/work-items/" + key;
    }

    /** A project on the delivery workflow: backlog → todo freely, todo → in_progress needs assignees. */
    static void aDeliveryProject(String ws, String key) {
        aProject(ws, key);
        String wf = asAdmin().body(Map.of("template", "software_delivery", "name", "Delivery " + key))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflow", wf)).patch("/api/v1/workspaces/" + ws + "/projects/" + key).then()
                .statusCode(200);
    }

    private static JsonPath events(String ws) {
        return asAdmin().queryParam("limit", 1000).get("/api/v1/workspaces/" + ws + "/events").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void an_atomic_change_keeps_nothing_when_a_guard_refuses_one_item_and_names_it_while_per_item_keeps_the_rest() {
        String ws = aWorkspace();
        aDeliveryProject(ws, "DL");
        aWorkItem(ws, "DL", "Assigned");
        aWorkItem(ws, "DL", "Unassigned");
        asAdmin().body(Map.of("keys", List.of("DL-1", "DL-2"), "operations", List.of(Map.of("transition", "todo"))))
                .post(bulk(ws)).then().statusCode(200).body("applied", equalTo(true)).body("succeeded", equalTo(2))
                .body("items.status", equalTo(List.of("SUCCEEDED", "SUCCEEDED"))).body("items.version", equalTo(List.of(1, 1)));
        String ada = aMember(ws, "ada-" + ws + "@example.com");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("assigneeIds", List.of(ada)))
                .patch(item(ws, "DL-1")).then().statusCode(200);

        Map<String, Object> start = Map.of("keys", List.of("DL-1", "DL-2"), "operations",
                List.of(Map.of("transition", "in_progress")), "mode", "ATOMIC");
        asAdmin().body(start).post(bulk(ws)).then().statusCode(200)
                .body("applied", equalTo(false)).body("succeeded", equalTo(1)).body("failed", equalTo(1))
                .body("items.find { it.key == 'DL-1' }.status", equalTo("SUCCEEDED"))
                .body("items.find { it.key == 'DL-2' }.status", equalTo("FAILED"))
                .body("items.find { it.key == 'DL-2' }.code", equalTo("GUARD_FAILED"));
        asAdmin().get(item(ws, "DL-1")).then().body("status", equalTo("todo")).body("version", equalTo(2));

        asAdmin().body(Map.of("keys", List.of("DL-1", "DL-2"), "operations",
                        List.of(Map.of("transition", "in_progress")), "mode", "PER_ITEM")).post(bulk(ws)).then()
                .statusCode(200).body("applied", equalTo(true))
                .body("items.find { it.key == 'DL-1' }.version", equalTo(3))
                .body("items.find { it.key == 'DL-2' }.code", equalTo("GUARD_FAILED"));
        asAdmin().get(item(ws, "DL-1")).then().body("status", equalTo("in_progress"));
        asAdmin().get(item(ws, "DL-2")).then().body("status", equalTo("todo"));
    }

    @Test
    void a_filter_picks_the_items_and_every_event_history_entry_and_version_is_a_single_changes() {
        String ws = aWorkspace();
        aProject(ws, "BK");
        aProject(ws, "OT");
        aWorkItem(ws, "BK", "One");
        aWorkItem(ws, "BK", "Two");
        aWorkItem(ws, "OT", "Elsewhere");
        String bulkId = asAdmin().body(Map.of("filter", "project = BK", "operations", List.of(
                        Map.of("set", Map.of("priority", "HIGH", "dueDate", "2027-03-01")), Map.of("addLabels", List.of("q3")))))
                .post(bulk(ws)).then().statusCode(200).body("total", equalTo(2)).body("applied", equalTo(true))
                .body("items.key", equalTo(List.of("BK-1", "BK-2"))).extract().path("bulkId");

        for (String key : List.of("BK-1", "BK-2")) {
            asAdmin().get(item(ws, key)).then().body("priority", equalTo("HIGH")).body("dueDate", equalTo("2027-03-01"))
                    .body("labels", equalTo(List.of("q3"))).body("version", equalTo(1));
            assertThat(asAdmin().get(item(ws, key) + "/activity").then().statusCode(200).extract().jsonPath()
                    .getList("items.field")).contains("priority", "labels");
        }
        asAdmin().get(item(ws, "OT-1")).then().body("version", equalTo(0));
        List<Map<String, Object>> updated = events(ws).getList("items.findAll { it.type == 'work_item.updated' }");
        assertThat(updated).hasSize(2).allSatisfy(e -> assertThat(((Map<?, ?>) e.get("data")).get("bulkId"))
                .isEqualTo(bulkId));

        // removing a label the items have, adding one they have: one change each, still one bulkId
        asAdmin().body(Map.of("keys", List.of("BK-1"), "operations", List.of(Map.of("removeLabels", List.of("q3")))))
                .post(bulk(ws)).then().statusCode(200).body("items[0].version", equalTo(2));
        asAdmin().get(item(ws, "BK-1")).then().body("labels", equalTo(List.of()));
        asAdmin().body(Map.of("keys", List.of("BK-2"), "operations", List.of(Map.of("delete", true)), "mode",
                "PER_ITEM")).post(bulk(ws)).then().statusCode(200).body("items[0].deleted", equalTo(true));
        asAdmin().get(item(ws, "BK-2")).then().statusCode(404);
    }

    @Test
    void a_dry_run_answers_what_would_happen_and_writes_nothing() {
        String ws = aWorkspace();
        aProject(ws, "DR");
        aWorkItem(ws, "DR", "One");
        aWorkItem(ws, "DR", "Two");
        int before = events(ws).getList("items").size();
        asAdmin().body(Map.of("keys", List.of("DR-1", "DR-2"), "operations", List.of(Map.of("set",
                        Map.of("title", "Renamed"))), "dryRun", true, "mode", "PER_ITEM")).post(bulk(ws)).then()
                .statusCode(200).body("dryRun", equalTo(true)).body("applied", equalTo(false))
                .body("items.status", equalTo(List.of("SUCCEEDED", "SUCCEEDED"))).body("items.version", equalTo(List.of(1, 1)));
        asAdmin().get(item(ws, "DR-1")).then().body("title", equalTo("One")).body("version", equalTo(0));
        assertThat(events(ws).getList("items")).hasSize(before);
        asAdmin().body(Map.of("keys", List.of("DR-1"), "operations", List.of(Map.of("set",
                        Map.of("status", "done"))), "dryRun", true)).post(bulk(ws)).then()
                .statusCode(200).body("items[0].status", equalTo("FAILED"))
                .body("items[0].code", equalTo("STATUS_CHANGE_NEEDS_TRANSITION"));
    }

    @Test
    void another_workspaces_keys_are_not_found_and_bad_operations_are_refused_before_anything_changes() {
        String ws = aWorkspace();
        aProject(ws, "BA");
        aWorkItem(ws, "BA", "Mine");
        String theirs = aWorkspace();
        aProject(theirs, "TH");
        aWorkItem(theirs, "TH", "Theirs");
        String theirId = asAdmin().get(item(theirs, "TH-1")).then().extract().path("id");

        asAdmin().body(Map.of("keys", List.of("BA-1", "TH-1", theirId), "operations",
                        List.of(Map.of("addLabels", List.of("x"))))).post(bulk(ws)).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("WORK_ITEM_NOT_FOUND"))
                .body("detail", containsString("TH-1")).body("detail", containsString(theirId));
        asAdmin().get(item(ws, "BA-1")).then().body("version", equalTo(0));
        asAdmin().get(item(theirs, "TH-1")).then().body("version", equalTo(0));

        refused(ws, Map.of("keys", List.of("BA-1"), "operations", List.of(Map.of("explode", true))), "UNKNOWN_OPERATION");
        refused(ws, Map.of("keys", List.of("BA-1"), "operations", List.of(Map.of("set", Map.of("colour", "red")))),
                "UNKNOWN_FIELD");
        refused(ws, Map.of("keys", List.of("BA-1"), "operations", List.of(Map.of("transition", "done",
                "delete", true))), "INVALID_OPERATION");
        refused(ws, Map.of("keys", List.of("BA-1"), "operations", List.of(Map.of("delete", true),
                Map.of("addLabels", List.of("x")))), "INVALID_OPERATION");
        refused(ws, Map.of("keys", List.of("BA-1"), "filter", "project = BA", "operations",
                List.of(Map.of("delete", true))), "INVALID_SELECTION");
        asAdmin().body(Map.of("filter", "colour = red", "operations", List.of(Map.of("delete", true)))).post(bulk(ws))
                .then().statusCode(400).body("code", equalTo("INVALID_FILTER"));
        asAdmin().body(Map.of("keys", List.of("BA-1"), "operations", List.of(Map.of("addLabels", List.of("x"))),
                "mode", "SOMETIMES")).post(bulk(ws)).then().statusCode(400).contentType("application/problem+json");
        asAdmin().get(item(ws, "BA-1")).then().body("version", equalTo(0));
    }

    private static void refused(String ws, Map<String, Object> body, String code) {
        asAdmin().body(body).post(bulk(ws)).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].code", equalTo(code));
    }
}
