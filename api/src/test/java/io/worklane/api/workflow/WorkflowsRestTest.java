package io.worklane.api.workflow;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workflows over REST: definitions, templates, the default, validation, and safe revisions. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkflowsRestTest {

    @Test
    void every_workspace_has_the_default_workflow_and_the_templates() {
        String ws = aWorkspace();
        asAdmin().get("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].workspaceDefault", equalTo(true))
                .body("items[0].initialState", equalTo("todo"))
                .body("items[0].states.key", contains("todo", "in_progress", "done", "cancelled"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/workflow-templates").then().statusCode(200)
                .body("items.key", contains("default", "software_delivery", "request_intake", "employee_onboarding"));
    }

    @Test
    void a_workflow_is_made_from_a_template_and_read_back() {
        String ws = aWorkspace();
        String id = asAdmin().body(Map.of("template", "software_delivery", "name", "Delivery"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201)
                .header("Location", containsString("/workflows/")).body("name", equalTo("Delivery"))
                .body("initialState", equalTo("backlog")).body("workspaceDefault", equalTo(false))
                .extract().path("id");
        asAdmin().get("/api/v1/workspaces/" + ws + "/workflows/" + id).then().statusCode(200)
                .body("transitions.find { it.from == 'todo' && it.to == 'in_progress' }.guards[0].type",
                        equalTo("REQUIRED_FIELDS"))
                .body("transitions.find { it.from == 'todo' && it.to == 'in_progress' }.guards[0].fields",
                        contains("assignees"));
    }

    @Test
    void a_bad_definition_is_refused_with_every_problem_and_nothing_saved() {
        String ws = aWorkspace();
        Map<String, Object> body = Map.of("name", "Broken", "initialState", "open",
                "states", List.of(Map.of("key", "open", "name", "Open", "category", "TODO"),
                        Map.of("key", "open", "name", "Again", "category", "DONE"),
                        Map.of("key", "lost", "name", "Lost", "category", "DONE")),
                "transitions", List.of(Map.of("from", "open", "to", "nowhere", "name", "Go"),
                        Map.of("from", "open", "to", "open", "name", "Stay",
                                "guards", List.of(Map.of("type", "ROLES", "roles", List.of("KING")),
                                        Map.of("type", "CONDITION", "filter", "priority = ")))));
        asAdmin().body(body).post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("states[1].key", "transitions[0].to", "states[2]",
                        "transitions[1].guards[0].roles[0]", "transitions[1].guards[1].filter"))
                .body("errors.code", hasItems("DUPLICATE_KEY", "UNKNOWN_STATE", "UNREACHABLE_STATE", "UNKNOWN_ROLE",
                        "INVALID_FILTER"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/workflows").then().body("items.size()", equalTo(1));
    }

    @Test
    void removing_a_state_in_use_needs_a_mapping_and_then_moves_the_items() {
        String ws = aWorkspace();
        aProject(ws, "REV");
        String wf = asAdmin().body(Map.of("template", "default", "name", "Mine"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("workflow", wf))
                .patch("/api/v1/workspaces/" + ws + "/projects/REV").then().statusCode(200).body("workflow", equalTo(wf));
        aWorkItem(ws, "REV", "One");
        asAdmin().body(Map.of("to", "in_progress")).post("/api/v1/workspaces/" + ws + "/work-items/REV-1/transitions")
                .then().statusCode(200);

        Map<String, Object> withoutInProgress = Map.of("states", List.of(
                Map.of("key", "todo", "name", "To do", "category", "TODO"),
                Map.of("key", "doing", "name", "Doing", "category", "IN_PROGRESS"),
                Map.of("key", "done", "name", "Done", "category", "DONE")),
                "transitions", List.of(Map.of("from", "*", "to", "todo", "name", "Reset"),
                        Map.of("from", "*", "to", "doing", "name", "Start"),
                        Map.of("from", "*", "to", "done", "name", "Finish")));
        asAdmin().body(withoutInProgress).patch("/api/v1/workspaces/" + ws + "/workflows/" + wf).then()
                .statusCode(400).body("errors.field", contains("stateMapping.in_progress"))
                .body("errors.code", contains("MAPPING_REQUIRED")).body("errors.message[0]", containsString("1 work item"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/REV-1").then().body("status", equalTo("in_progress"));

        Map<String, Object> mapped = new java.util.HashMap<>(withoutInProgress);
        mapped.put("stateMapping", Map.of("in_progress", "doing"));
        asAdmin().body(mapped).patch("/api/v1/workspaces/" + ws + "/workflows/" + wf).then().statusCode(200)
                .body("states.key", contains("todo", "doing", "done")).body("version", equalTo(1));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/REV-1").then().body("status", equalTo("doing"));
        // in use: cannot be deleted; the default neither
        asAdmin().delete("/api/v1/workspaces/" + ws + "/workflows/" + wf).then().statusCode(409)
                .body("code", equalTo("WORKFLOW_IN_USE"));
    }

    @Test
    void a_project_that_switches_workflow_maps_its_items_and_new_items_start_in_the_initial_state() {
        String ws = aWorkspace();
        aProject(ws, "SW");
        aWorkItem(ws, "SW", "Old item");
        String intake = asAdmin().body(Map.of("template", "request_intake", "name", "Intake"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflow", intake)).patch("/api/v1/workspaces/" + ws + "/projects/SW").then()
                .statusCode(400).body("errors.field", hasItem("stateMapping.todo"));
        asAdmin().body(Map.of("workflow", intake, "stateMapping", Map.of("todo", "submitted")))
                .patch("/api/v1/workspaces/" + ws + "/projects/SW").then().statusCode(200)
                .body("workflow", equalTo(intake)).body("version", equalTo(1));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/SW-1").then().body("status", equalTo("submitted"));
        aWorkItem(ws, "SW", "New request").body("status", equalTo("submitted"));
    }

    @Test
    void a_type_can_follow_its_own_workflow() {
        String ws = aWorkspace();
        aProject(ws, "TY");
        String onboarding = asAdmin().body(Map.of("template", "employee_onboarding", "name", "Onboarding"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflowOverrides", Map.of("EPIC", onboarding)))
                .patch("/api/v1/workspaces/" + ws + "/projects/TY").then().statusCode(200)
                .body("workflowOverrides.EPIC", equalTo(onboarding));
        asAdmin().body(Map.of("project", "TY", "title", "Onboard Ada", "type", "EPIC"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201)
                .body("status", equalTo("not_started")).body("completedAt", nullValue());
        aWorkItem(ws, "TY", "A task").body("status", equalTo("todo")).body("id", notNullValue());
        // a filter on the category reads the EPIC's state in the type's workflow, not the project's
        asAdmin().queryParam("filter", "statusCategory = TODO").get("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(200).body("items.title", containsInAnyOrder("Onboard Ada", "A task"));
        asAdmin().queryParam("filter", "statusCategory != TODO").get("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }
}
