package io.worklane.api.rest;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem document with a precise code, never a 5xx, and writes nothing. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BadInputRestTest {
    private String ws;

    @BeforeEach
    void aWorkspaceWithAProject() {
        ws = aWorkspace();
        aProject(ws, "ENG");
    }

    private ValidatableResponse postItem(String json) {
        return asAdmin().body(json).post("/api/v1/workspaces/" + ws + "/work-items").then()
                .contentType("application/problem+json").body("stackTrace", org.hamcrest.Matchers.nullValue())
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void malformedJsonIsRefusedAsSuch() {
        postItem("{\"project\": \"ENG\", \"title\": ").statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        postItem("{\"project\":\"ENG\",\"title\":\"x\",\"estimateMinutes\":\"soon\"}").statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("estimateMinutes"));
    }

    @Test
    void anUnknownEnumValueNamesTheField() {
        postItem("{\"project\":\"ENG\",\"title\":\"x\",\"priority\":\"EXTREME\"}").statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("priority"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        postItem("{\"project\":\"ENG\",\"title\":\"x\",\"colour\":\"red\"}").statusCode(400)
                .body("errors.code", hasItem("UNKNOWN_FIELD")).body("errors.field", hasItem("colour"));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        postItem("{\"project\":\"ENG\"}").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("title"));
    }

    @Test
    void anOverLongStringIsRefused() {
        postItem("{\"project\":\"ENG\",\"title\":\"" + "x".repeat(501) + "\"}").statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aWorkItemInAMissingProjectIsRefused() {
        postItem("{\"project\":\"NOPE\",\"title\":\"x\"}").statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
    }

    @Test
    void aHugePageSizeIsRefused() {
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?limit=1000").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("limit"));
    }

    @Test
    void aTamperedCursorIsRefused() {
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void aQueryValueOfTheWrongTypeIsA400NotA404() {
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?assignee=not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void aBodyOverOneMebibyteIsRefused() {
        String huge = "{\"project\":\"ENG\",\"title\":\"x\",\"description\":\"" + "y".repeat(1_100_000) + "\"}";
        asAdmin().body(huge).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void aFailedCreateWritesNothingAndConsumesNoNumber() {
        postItem("{\"project\":\"ENG\",\"title\":\"x\",\"assigneeIds\":[\"" + java.util.UUID.randomUUID() + "\"]}")
                .statusCode(400).body("errors.code", hasItem("UNKNOWN_MEMBER"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200)
                .body("items.size()", equalTo(0));
        aWorkItem(ws, "ENG", "The first real one").body("key", equalTo("ENG-1"));
    }

    @Test
    void invalidCustomFieldValuesAreNamedPerField() {
        asAdmin().body(Map.of("key", "severity", "name", "Severity", "type", "SELECT", "options", List.of("LOW", "HIGH")))
                .post("/api/v1/workspaces/" + ws + "/projects/ENG/custom-fields").then().statusCode(201);
        postItem("{\"project\":\"ENG\",\"title\":\"x\",\"customFields\":{\"severity\":\"MEDIUM\",\"nope\":1}}")
                .statusCode(400).body("errors.field", hasItem("customFields.severity"))
                .body("errors.field", hasItem("customFields.nope"));
    }

    @Test
    void aParentCycleIsRefusedWithTheReason() {
        aWorkItem(ws, "ENG", "Epic");
        asAdmin().body("{\"project\":\"ENG\",\"title\":\"Story\",\"parent\":\"ENG-1\"}")
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        asAdmin().contentType("application/merge-patch+json").body("{\"parent\":\"ENG-2\"}")
                .patch("/api/v1/workspaces/" + ws + "/work-items/ENG-1").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("PARENT_CYCLE"))
                .body("detail", containsString("ENG-2"));
        asAdmin().contentType("application/merge-patch+json").body("{\"parent\":\"ENG-1\"}")
                .patch("/api/v1/workspaces/" + ws + "/work-items/ENG-1").then().statusCode(422)
                .body("code", equalTo("PARENT_CYCLE"));
    }

    @Test
    void aPatchWithAnUnknownOrUnchangeableFieldChangesNothing() {
        aWorkItem(ws, "ENG", "Keep me");
        asAdmin().contentType("application/merge-patch+json").body("{\"title\":\"Changed\",\"project\":\"OTHER\"}")
                .patch("/api/v1/workspaces/" + ws + "/work-items/ENG-1").then().statusCode(400)
                .body("errors.field", hasItem("project"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/ENG-1").then().body("title", equalTo("Keep me"))
                .body("version", equalTo(0));
    }

    @Test
    void anUnknownRouteIsAProblemToo() {
        asAdmin().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWrongMediaTypeIsA415() {
        asAdmin().contentType("text/plain").body("hello").post("/api/v1/workspaces/" + ws + "/work-items").then()
                .statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }
}
