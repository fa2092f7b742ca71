package io.worklane.api.workflow;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A ROLES guard decides by the signed-in member's role, and says so; the refusal and the move name the member. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RoleGuardTest {

    @Test
    void only_the_roles_a_guard_names_may_make_the_move() {
        String ws = aWorkspace();
        aProject(ws, "RG");
        Map<String, Object> definition = Map.of("name", "Sign-off", "initialState", "open",
                "states", List.of(Map.of("key", "open", "name", "Open", "category", "TODO"),
                        Map.of("key", "signed_off", "name", "Signed off", "category", "DONE")),
                "transitions", List.of(Map.of("from", "open", "to", "signed_off", "name", "Sign off",
                        "guards", List.of(Map.of("type", "ROLES", "roles", List.of("ADMIN", "OWNER"))))));
        String wf = asAdmin().body(definition).post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201)
                .extract().path("id");
        asAdmin().body(Map.of("workflow", wf, "stateMapping", Map.of())).patch("/api/v1/workspaces/" + ws + "/projects/RG")
                .then().statusCode(200);
        aWorkItem(ws, "RG", "Contract").body("status", equalTo("open"));
        String member = token(ws, "MEMBER");
        String admin = token(ws, "ADMIN");

        as(member).body(Map.of("to", "signed_off")).post("/api/v1/workspaces/" + ws + "/work-items/RG-1/transitions")
                .then().statusCode(409).body("code", equalTo("GUARD_FAILED"))
                .body("guards[0].reason", containsString("you are MEMBER"));
        as(admin).body(Map.of("to", "signed_off")).post("/api/v1/workspaces/" + ws + "/work-items/RG-1/transitions")
                .then().statusCode(200).body("workItem.status", equalTo("signed_off"))
                .body("workItem.completedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void a_request_is_approved_by_a_person_before_it_may_move_to_approved() {
        String ws = aWorkspace();
        aProject(ws, "RQ");
        String wf = asAdmin().body(Map.of("template", "request_intake", "name", "Intake"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflow", wf)).patch("/api/v1/workspaces/" + ws + "/projects/RQ").then().statusCode(200);
        asAdmin().body(Map.of("project", "RQ", "title", "New laptop", "description", "For Grace"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).body("status", equalTo("submitted"));
        String moves = "/api/v1/workspaces/" + ws + "/work-items/RQ-1/transitions";
        asAdmin().body(Map.of("to", "triage")).post(moves).then().statusCode(200);
        asAdmin().body(Map.of("to", "awaiting_approval")).post(moves).then().statusCode(200);
        asAdmin().body(Map.of("to", "approved")).post(moves).then().statusCode(409)
                .body("guards[0].type", equalTo("APPROVAL")).body("guards[0].passed", equalTo(false));

        String approver = token(ws, "ADMIN");
        String approval = asAdmin().body(Map.of("role", "ADMIN", "policy", "ANY"))
                .post("/api/v1/workspaces/" + ws + "/work-items/RQ-1/approvals").then().statusCode(201)
                .extract().path("id");
        asAdmin().body(Map.of("to", "approved", "dryRun", true)).post(moves).then().statusCode(409)
                .body("guards[0].reason", containsString("PENDING"));
        as(approver).body(Map.of("comment", "Go ahead")).post("/api/v1/workspaces/" + ws + "/approvals/" + approval
                + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        asAdmin().body(Map.of("to", "approved")).post(moves).then().statusCode(200)
                .body("guards[0].passed", equalTo(true));
        asAdmin().body(Map.of("to", "fulfilled")).post(moves).then().statusCode(200)
                .body("workItem.completedAt", org.hamcrest.Matchers.notNullValue());
    }

    private static String token(String ws, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members").then()
                .statusCode(201);
        return Tokens.of(UUID.randomUUID().toString(), email, true);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
