package io.worklane.api.workflow;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Transitions are the only way a status changes, and every refusal explains itself. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TransitionsRestTest {

    private static String delivery(String ws, String project) {
        aProject(ws, project);
        String wf = asAdmin().body(Map.of("template", "software_delivery", "name", "Delivery"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflow", wf)).patch("/api/v1/workspaces/" + ws + "/projects/" + project).then()
                .statusCode(200);
        return wf;
    }

    private static String url(String ws, String item) {
        return "/api/v1/workspaces/" + ws + "/work-items/" + item + "/transitions";
    }

    @Test
    void a_move_the_workflow_lacks_says_where_the_item_can_go() {
        String ws = aWorkspace();
        delivery(ws, "DL");
        aWorkItem(ws, "DL", "Story").body("status", equalTo("backlog"));
        asAdmin().body(Map.of("to", "done")).post(url(ws, "DL-1")).then().statusCode(409)
                .body("code", equalTo("TRANSITION_NOT_ALLOWED"))
                .body("detail", containsString("From 'backlog' you can move to todo or cancelled"));
    }

    @Test
    void a_failed_guard_is_named_with_its_reason_and_a_dry_run_answers_the_same_without_moving() {
        String ws = aWorkspace();
        delivery(ws, "GD");
        aWorkItem(ws, "GD", "Story");
        asAdmin().body(Map.of("to", "todo")).post(url(ws, "GD-1")).then().statusCode(200)
                .body("from", equalTo("backlog")).body("workItem.status", equalTo("todo"));

        asAdmin().body(Map.of("to", "in_progress", "dryRun", true)).post(url(ws, "GD-1")).then().statusCode(409)
                .body("code", equalTo("GUARD_FAILED")).body("guards[0].type", equalTo("REQUIRED_FIELDS"))
                .body("guards[0].passed", equalTo(false)).body("guards[0].reason", containsString("assignees"))
                .body("errors.field", contains("guards[0]"));
        asAdmin().body(Map.of("to", "in_progress")).post(url(ws, "GD-1")).then().statusCode(409)
                .body("code", equalTo("GUARD_FAILED"));
        asAdmin().get(url(ws, "GD-1")).then().statusCode(200).body("from", equalTo("todo"))
                .body("items.find { it.to == 'in_progress' }.allowed", equalTo(false))
                .body("items.find { it.to == 'backlog' }.allowed", equalTo(true));

        String ada = aMember(ws, "ada-" + ws + "@example.com");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("assigneeIds", List.of(ada)))
                .patch("/api/v1/workspaces/" + ws + "/work-items/GD-1").then().statusCode(200);
        asAdmin().body(Map.of("to", "in_progress", "dryRun", true)).post(url(ws, "GD-1")).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("guards[0].passed", equalTo(true))
                .body("workItem.status", equalTo("todo"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GD-1").then().body("status", equalTo("todo"));
        asAdmin().body(Map.of("to", "in_progress", "comment", "Starting now")).post(url(ws, "GD-1")).then()
                .statusCode(200).header("ETag", notNullValue()).body("workItem.status", equalTo("in_progress"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GD-1/comments").then()
                .body("items.body", hasItem("Starting now"));
        // the history records each move (and no dry run), with who made it
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GD-1/activity?limit=50").then().statusCode(200)
                .body("items.findAll { it.field == 'status' }.after", contains("todo", "in_progress"))
                .body("items.findAll { it.field == 'status' }.before", contains("backlog", "todo"))
                .body("items.find { it.field == 'status' }.actor.kind", equalTo("API_KEY"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/GD-1/status-durations").then().statusCode(200)
                .body("items.state", contains("backlog", "todo", "in_progress"));
    }

    @Test
    void editing_the_status_points_to_transitions() {
        String ws = aWorkspace();
        aProject(ws, "PS");
        aWorkItem(ws, "PS", "Item");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("status", "done"))
                .patch("/api/v1/workspaces/" + ws + "/work-items/PS-1").then().statusCode(422)
                .body("code", equalTo("STATUS_CHANGE_NEEDS_TRANSITION")).body("detail", containsString("/transitions"));
    }

    @Test
    void a_checklist_is_done_only_when_its_children_are() {
        String ws = aWorkspace();
        aProject(ws, "ON");
        String wf = asAdmin().body(Map.of("template", "employee_onboarding", "name", "Onboarding"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflow", wf)).patch("/api/v1/workspaces/" + ws + "/projects/ON").then().statusCode(200);
        aWorkItem(ws, "ON", "Onboard Grace");
        asAdmin().body(Map.of("project", "ON", "title", "Laptop", "parent", "ON-1"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        asAdmin().body(Map.of("to", "in_progress")).post(url(ws, "ON-1")).then().statusCode(200);
        asAdmin().body(Map.of("to", "done")).post(url(ws, "ON-1")).then().statusCode(409)
                .body("guards[0].type", equalTo("CHILDREN_DONE")).body("guards[0].reason", equalTo("The child item is not done yet."));
        asAdmin().body(Map.of("to", "in_progress")).post(url(ws, "ON-2")).then().statusCode(200);
        asAdmin().body(Map.of("to", "done")).post(url(ws, "ON-2")).then().statusCode(200)
                .body("workItem.completedAt", notNullValue());
        asAdmin().body(Map.of("to", "done")).post(url(ws, "ON-1")).then().statusCode(200);
    }

    @Test
    void of_two_simultaneous_moves_one_wins_and_the_other_gets_conflict() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "RC");
        aWorkItem(ws, "RC", "Contended");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String to : List.of("in_progress", "done")) {
                results.add(pool.submit((Callable<Integer>) () -> asAdmin().body(Map.of("to", to, "expectedVersion", 0))
                        .post(url(ws, "RC-1")).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/RC-1").then().body("version", equalTo(1));
        // the history holds the one move that happened, and agrees with the item
        String status = asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/RC-1").then().extract().path("status");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/RC-1/activity").then()
                .body("items.findAll { it.field == 'status' }.size()", equalTo(1))
                .body("items.find { it.field == 'status' }.after", equalTo(status));
    }
}
