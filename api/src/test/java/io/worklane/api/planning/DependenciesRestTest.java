package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.anItem;
import static io.worklane.api.planning.Planning.dependencies;
import static io.worklane.api.planning.Planning.depends;
import static io.worklane.api.planning.Planning.finishToStart;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dependencies over REST: each type with its lag, both directions listed, every refusal with its code. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DependenciesRestTest {

    @Test
    void an_item_waits_for_another_and_both_ends_list_it_with_events_and_history() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        aWorkItem(ws, "ENG", "Write the spec");
        aWorkItem(ws, "ENG", "Build it");
        String id = depends(ws, "ENG-2", "ENG-1", "SS", -2).statusCode(201)
                .header("Location", containsString("/dependencies/")).body("type", equalTo("SS"))
                .body("lagDays", equalTo(-2)).body("predecessor.key", equalTo("ENG-1"))
                .body("successor.key", equalTo("ENG-2")).body("predecessor.title", equalTo("Write the spec"))
                .extract().path("id");
        asAdmin().get(dependencies(ws, "ENG-2")).then().statusCode(200).body("predecessors.id", contains(id))
                .body("predecessors[0].predecessor.status", equalTo("todo")).body("successors", hasSize(0));
        asAdmin().get(dependencies(ws, "ENG-1")).then().statusCode(200).body("successors.successor.key",
                contains("ENG-2")).body("predecessors", hasSize(0));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItem("dependency.created"))
                .body("items.find { it.type == 'dependency.created' }.data.predecessor.key", equalTo("ENG-1"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/ENG-2/activity").then().statusCode(200)
                .body("items.field", hasItem("predecessors"))
                .body("items.find { it.field == 'predecessors' }.after.key", equalTo("ENG-1"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/ENG-1/activity").then()
                .body("items.field", hasItem("successors"));
    }

    @Test
    void the_type_defaults_to_finish_to_start_and_dependencies_cross_projects() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        aProject(ws, "OPS");
        aWorkItem(ws, "ENG", "Release");
        aWorkItem(ws, "OPS", "Provision");
        asAdmin().body(Map.of("predecessor", "OPS-1")).post(dependencies(ws, "ENG-1")).then().statusCode(201)
                .body("type", equalTo("FS")).body("lagDays", equalTo(0)).body("predecessor.key", equalTo("OPS-1"));
    }

    @Test
    void removing_a_dependency_frees_both_items_and_is_recorded() {
        String ws = aWorkspace();
        aProject(ws, "RM");
        aWorkItem(ws, "RM", "A");
        aWorkItem(ws, "RM", "B");
        aWorkItem(ws, "RM", "C");
        String id = finishToStart(ws, "RM-2", "RM-1");
        asAdmin().delete(dependencies(ws, "RM-3") + "/" + id).then().statusCode(404)
                .body("code", equalTo("DEPENDENCY_NOT_FOUND"));
        asAdmin().delete(dependencies(ws, "RM-1") + "/" + id).then().statusCode(204);
        asAdmin().get(dependencies(ws, "RM-2")).then().body("predecessors", hasSize(0));
        asAdmin().delete(dependencies(ws, "RM-2") + "/" + id).then().statusCode(404);
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then().body("items.type", hasItem("dependency.deleted"));
        // the pair may be ordered again, the other way round too
        finishToStart(ws, "RM-1", "RM-2");
    }

    @Test
    void a_cycle_is_refused_naming_it_as_keys_and_nothing_is_written() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        for (int i = 1; i <= 4; i++) {
            aWorkItem(ws, "ENG", "Item " + i);
        }
        finishToStart(ws, "ENG-4", "ENG-1");
        depends(ws, "ENG-1", "ENG-4", "FS", 0).statusCode(409)
                .contentType(containsString("application/problem+json")).body("code", equalTo("DEPENDENCY_CYCLE"))
                .body("cycle", contains("ENG-1", "ENG-4", "ENG-1")).body("detail", containsString("ENG-1 → ENG-4"));
        finishToStart(ws, "ENG-2", "ENG-4");
        finishToStart(ws, "ENG-3", "ENG-2");
        depends(ws, "ENG-1", "ENG-3", "SS", 3).statusCode(409)
                .body("cycle", contains("ENG-1", "ENG-4", "ENG-2", "ENG-3", "ENG-1"));
        asAdmin().get(dependencies(ws, "ENG-1")).then().body("predecessors", hasSize(0));
    }

    @Test
    void bad_input_is_refused_with_its_code_and_nothing_is_written() {
        String ws = aWorkspace();
        aProject(ws, "BAD");
        aWorkItem(ws, "BAD", "A");
        aWorkItem(ws, "BAD", "B");
        depends(ws, "BAD-1", "BAD-1", "FS", 0).statusCode(400).body("code", equalTo("DEPENDENCY_SELF"))
                .body("detail", containsString("cannot depend on itself"));
        finishToStart(ws, "BAD-2", "BAD-1");
        depends(ws, "BAD-2", "BAD-1", "SS", 1).statusCode(409).body("code", equalTo("DEPENDENCY_EXISTS"));
        depends(ws, "BAD-2", "BAD-1", "FS", 3651).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem(containsString("lagDays")));
        depends(ws, "BAD-2", "BAD-1", "FS", -3651).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().body(Map.of("predecessor", "BAD-1", "type", "XX")).post(dependencies(ws, "BAD-2")).then()
                .statusCode(400).contentType(containsString("application/problem+json"));
        asAdmin().body(Map.of("type", "FS")).post(dependencies(ws, "BAD-2")).then().statusCode(400)
                .body("errors.field", hasItem(containsString("predecessor")));
        depends(ws, "BAD-2", "BAD-99", "FS", 0).statusCode(404).body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        depends(ws, "BAD-99", "BAD-1", "FS", 0).statusCode(404).body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        asAdmin().get(dependencies(ws, "BAD-2")).then().body("predecessors", hasSize(1));
    }

    @Test
    void another_workspaces_item_does_not_exist_for_the_caller() {
        String ours = aWorkspace();
        String theirs = aWorkspace();
        aProject(ours, "OUR");
        aProject(theirs, "THR");
        aWorkItem(ours, "OUR", "Ours");
        String theirId = aWorkItem(theirs, "THR", "Theirs").extract().path("id");
        depends(ours, "OUR-1", theirId, "FS", 0).statusCode(404).body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        depends(ours, "OUR-1", "THR-1", "FS", 0).statusCode(404);
        asAdmin().get(dependencies(ours, theirId)).then().statusCode(404);
    }

    @Test
    void links_relate_items_across_projects_in_either_direction_once() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        aProject(ws, "OPS");
        String eng = anItem(ws, "ENG", "Login broken", null, null);
        String dup = anItem(ws, "ENG", "Cannot sign in", null, null);
        String ops = anItem(ws, "OPS", "Rotate certificates", null, null);
        String id = asAdmin().body(Map.of("target", ops, "type", "RELATES_TO")).post(Planning.links(ws, eng)).then()
                .statusCode(201).body("direction", equalTo("OUTGOING")).body("item.key", equalTo(ops))
                .extract().path("id");
        asAdmin().body(Map.of("target", eng)).post(Planning.links(ws, ops)).then().statusCode(409)
                .body("code", equalTo("LINK_EXISTS"));
        asAdmin().body(Map.of("target", eng, "type", "DUPLICATES")).post(Planning.links(ws, dup)).then()
                .statusCode(201).body("type", equalTo("DUPLICATES"));
        asAdmin().body(Map.of("target", eng)).post(Planning.links(ws, eng)).then().statusCode(400)
                .body("code", equalTo("LINK_SELF"));
        asAdmin().get(Planning.links(ws, eng)).then().statusCode(200).body("items", hasSize(2))
                .body("items.direction", contains("OUTGOING", "INCOMING")).body("items.item.key", contains(ops, dup));
        asAdmin().get(Planning.links(ws, ops)).then().body("items[0].direction", equalTo("INCOMING"))
                .body("items[0].item.key", equalTo(eng));
        asAdmin().delete(Planning.links(ws, ops) + "/" + id).then().statusCode(204);
        asAdmin().get(Planning.links(ws, ops)).then().body("items", hasSize(0));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItems("link.created", "link.deleted"));
        assertThat(List.of(eng, dup, ops)).doesNotHaveDuplicates();
    }
}
