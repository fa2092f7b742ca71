package io.worklane.api.approval;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import java.util.Map;
import java.util.UUID;

/** Test fixture: a work item awaiting decisions, people signed in as members of its workspace, and their calls. */
final class Approvals {
    static final String ITEM = "APR-1";

    private Approvals() {
    }

    /** A member added by email with a role, and the verified token of the person who signs in as it. */
    record Person(String memberId, String token) {
        RequestSpecification request() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    /** A fresh workspace with the project APR and its work item APR-1; returns the slug. */
    static String aWorkspaceWithAnItem() {
        String ws = aWorkspace();
        aProject(ws, "APR");
        aWorkItem(ws, "APR", "Buy a new build server");
        return ws;
    }

    static Person aPersonSignedInAs(String ws, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String memberId = asAdmin().body(Map.of("email", email, "role", role))
                .post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
        return new Person(memberId, Tokens.of(UUID.randomUUID().toString(), email, true));
    }

    /** An approval of APR-1 requested by the instance administrator; returns its JSON. */
    static JsonPath anApproval(String ws, Map<String, Object> body) {
        return requested(ws, body).then().statusCode(201).extract().jsonPath();
    }

    static Response requested(String ws, Map<String, Object> body) {
        return asAdmin().body(body).post(approvalsOf(ws));
    }

    static Response approve(RequestSpecification as, String ws, String id) {
        return as.post(approval(ws, id) + "/approve");
    }

    static Response reject(RequestSpecification as, String ws, String id, String comment) {
        return as.body(Map.of("comment", comment)).post(approval(ws, id) + "/reject");
    }

    static String approvalsOf(String ws) {
        return "/api/v1/workspaces/" + ws + "/work-items/" + ITEM + "/approvals";
    }

    static String approval(String ws, String id) {
        return "/api/v1/workspaces/" + ws + "/approvals/" + id;
    }
}
