package io.worklane.api.team;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A TEAM guard over REST and GraphQL: a member of the team moves the item, anyone else (a member outside it, an
 * API key, the instance administrator) is refused with the team named; unknown teams are refused when the
 * workflow is saved, and a team a workflow names is not deleted.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TeamGuardTest {
    private static final String CREATE = "mutation($in: CreateWorkflowInput!) { createWorkflow(input: $in) {"
            + " workflow { id transitions { to guards { type teams } } } } }";
    private static final String MOVE = "mutation($in: TransitionWorkItemInput!) { transitionWorkItem(input: $in) {"
            + " to guards { type passed reason } workItem { status } } }";

    @Test
    void only_members_of_the_team_make_the_move_over_rest() {
        String ws = aWorkspace();
        aProject(ws, "TG");
        String adaEmail = unique("ada");
        String bobEmail = unique("bob");
        String team = team(ws, "Release managers", aMember(ws, adaEmail));
        aMember(ws, bobEmail);
        String ada = user(adaEmail);
        String bob = user(bobEmail);
        String wf = asAdmin().body(workflow("Release", team)).post("/api/v1/workspaces/" + ws + "/workflows").then()
                .statusCode(201).body("transitions[0].guards[0].type", equalTo("TEAM"))
                .body("transitions[0].guards[0].teams", contains(team)).extract().path("id");
        asAdmin().body(Map.of("workflow", wf, "stateMapping", Map.of())).patch("/api/v1/workspaces/" + ws
                + "/projects/TG").then().statusCode(200);
        String rule = asAdmin().body(Map.of("name", "Auto-release", "trigger", Map.of("type", "ITEM_CREATED"),
                        "actions", List.of(Map.of("type", "TRANSITION", "to", "released"))))
                .post("/api/v1/workspaces/" + ws + "/automation-rules").then().statusCode(201).extract().path("id");
        aWorkItem(ws, "TG", "v1.0");
        // a rule is in no team either: its run fails with the guard's reason, the item is created
        asAdmin().get("/api/v1/workspaces/" + ws + "/automation-rules/" + rule + "/runs").then().statusCode(200)
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].message", containsString("Only members of team Release managers"));
        String moves = "/api/v1/workspaces/" + ws + "/work-items/TG-1/transitions";

        as(bob).body(Map.of("to", "released")).post(moves).then().statusCode(409)
                .body("code", equalTo("GUARD_FAILED")).body("guards[0].type", equalTo("TEAM"))
                .body("guards[0].reason", equalTo("Only members of team Release managers may make this transition;"
                        + " you are not in it."));
        asAdmin().body(Map.of("to", "released")).post(moves).then().statusCode(409)
                .body("guards[0].reason", allOf(containsString("Release managers"), containsString("API key")));
        String key = asAdmin().body(Map.of("name", "CI", "scopes", List.of("work_items:write", "admin")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        as(key).body(Map.of("to", "released")).post(moves).then().statusCode(409)
                .body("guards[0].passed", equalTo(false));
        as(ada).body(Map.of("to", "released")).post(moves).then().statusCode(200)
                .body("workItem.status", equalTo("released"))
                .body("guards[0].reason", equalTo("You are in team Release managers, which may make this transition."));

        asAdmin().delete("/api/v1/workspaces/" + ws + "/teams/" + team).then().statusCode(409)
                .body("code", equalTo("TEAM_IN_USE")).body("detail", containsString("workflow(s) 'Release'"));
    }

    @Test
    void unknown_and_other_workspaces_teams_are_refused_when_the_workflow_is_saved() {
        String ws = aWorkspace();
        String other = aWorkspace();
        String theirs = team(other, "Theirs", aMember(other, "eve@example.com"));
        String ours = team(ws, "Ours", aMember(ws, "ada@example.com"));
        asAdmin().body(workflow("Release", ours, UUID.randomUUID().toString(), theirs))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("transitions[0].guards[0].teams[1]",
                        "transitions[0].guards[0].teams[2]"))
                .body("errors.code", contains("UNKNOWN_TEAM", "UNKNOWN_TEAM"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(200)
                .body("items.name", contains("Default"));
        // a revision is checked too
        String wf = asAdmin().body(workflow("Release", ours)).post("/api/v1/workspaces/" + ws + "/workflows").then()
                .statusCode(201).extract().path("id");
        asAdmin().contentType("application/merge-patch+json")
                .body(Map.of("transitions", workflow("x", theirs).get("transitions")))
                .patch("/api/v1/workspaces/" + ws + "/workflows/" + wf).then().statusCode(400)
                .body("errors[0].field", equalTo("transitions[0].guards[0].teams[0]"))
                .body("errors[0].code", equalTo("UNKNOWN_TEAM"));
    }

    @Test
    void graphql_saves_the_guard_and_refuses_as_rest_does() {
        String ws = aWorkspace();
        aProject(ws, "GT");
        String adaEmail = unique("ada");
        String bobEmail = unique("bob");
        String team = team(ws, "On call", aMember(ws, adaEmail));
        aMember(ws, bobEmail);
        String ada = user(adaEmail);
        String bob = user(bobEmail);
        Map<String, Object> in = new java.util.HashMap<>(workflow("On call", team));
        in.put("workspace", ws);
        String wf = graphql(ADMIN_KEY, CREATE, Map.of("in", in)).body("errors", nullValue())
                .body("data.createWorkflow.workflow.transitions[0].guards[0].teams", contains(team))
                .extract().path("data.createWorkflow.workflow.id");
        for (String bad : List.of("not-a-team", UUID.randomUUID().toString())) {
            Map<String, Object> unknown = new java.util.HashMap<>(workflow("Bad", bad));
            unknown.put("workspace", ws);
            graphql(ADMIN_KEY, CREATE, Map.of("in", unknown))
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.errors.field", contains("transitions[0].guards[0].teams[0]"))
                    .body("errors[0].extensions.errors.code", contains(bad.startsWith("not") ? "INVALID_VALUE"
                            : "UNKNOWN_TEAM"));
        }
        asAdmin().body(Map.of("workflow", wf, "stateMapping", Map.of())).patch("/api/v1/workspaces/" + ws
                + "/projects/GT").then().statusCode(200);
        aWorkItem(ws, "GT", "Page");
        Map<String, Object> move = Map.of("in", Map.of("workspace", ws, "workItem", "GT-1", "to", "released"));

        graphql(bob, MOVE, move).body("errors[0].extensions.code", equalTo("GUARD_FAILED"))
                .body("errors[0].extensions.guards[0].reason", containsString("Only members of team On call"));
        graphql(ADMIN_KEY, MOVE, move).body("errors[0].extensions.guards[0].reason", containsString("API key"));
        graphql(ada, MOVE, move).body("errors", nullValue())
                .body("data.transitionWorkItem.workItem.status", equalTo("released"));
    }

    static String team(String ws, String name, String... members) {
        return asAdmin().body(Map.of("name", name, "members", List.of(members)))
                .post("/api/v1/workspaces/" + ws + "/teams").then().statusCode(201).extract().path("id");
    }

    /** open → released, guarded by a TEAM guard naming {@code teams}. */
    private static Map<String, Object> workflow(String name, String... teams) {
        return Map.of("name", name, "initialState", "open",
                "states", List.of(Map.of("key", "open", "name", "Open", "category", "TODO"),
                        Map.of("key", "released", "name", "Released", "category", "DONE")),
                "transitions", List.of(Map.of("from", "open", "to", "released", "name", "Release",
                        "guards", List.of(Map.of("type", "TEAM", "teams", List.of(teams))))));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String user(String email) {
        return Tokens.of(UUID.randomUUID().toString(), email, true);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static ValidatableResponse graphql(String token, String query, Map<String, Object> variables) {
        return as(token).body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }
}
