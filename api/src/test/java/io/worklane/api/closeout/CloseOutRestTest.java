package io.worklane.api.closeout;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closing a project: refused with every reason, forced only by an admin (recorded), lessons listed across projects. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CloseOutRestTest {

    static String project(String ws, String key) {
        return "/api/v1/workspaces/" + ws + "/projects/" + key;
    }

    @Test
    void a_project_closes_once_its_items_are_finished_and_its_final_report_published() {
        String ws = aWorkspace();
        aProject(ws, "CL");
        aWorkItem(ws, "CL", "Last task");
        Map<String, Object> close = Map.of("outcome", "Shipped", "lessonsLearned", "Review suppliers early");
        asAdmin().body(close).post(project(ws, "CL") + "/close").then().statusCode(409)
                .body("code", equalTo("PROJECT_NOT_READY_TO_CLOSE"))
                .body("errors.code", contains("ITEMS_OPEN", "FINAL_REPORT_UNPUBLISHED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("CL-1"));
        asAdmin().body(Map.of("to", "done")).post("/api/v1/workspaces/" + ws + "/work-items/CL-1/transitions").then()
                .statusCode(200);
        String report = asAdmin().post(project(ws, "CL") + "/status-reports/draft").then().statusCode(201)
                .extract().path("id");
        asAdmin().body(close).post(project(ws, "CL") + "/close").then().statusCode(409)
                .body("errors.code", contains("FINAL_REPORT_UNPUBLISHED"));
        asAdmin().post(project(ws, "CL") + "/status-reports/" + report + "/publish").then().statusCode(200);
        asAdmin().body(close).post(project(ws, "CL") + "/close").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("forced", equalTo(false))
                .body("lessonsLearned", equalTo("Review suppliers early"));
        asAdmin().get(project(ws, "CL")).then().body("status", equalTo("COMPLETED"));
        asAdmin().body(close).post(project(ws, "CL") + "/close").then().statusCode(409)
                .body("code", equalTo("PROJECT_ALREADY_CLOSED"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then().body("items.type", hasItems("project.closed"));
    }

    @Test
    void only_a_workspace_admin_may_force_and_the_override_is_recorded() {
        String ws = aWorkspace();
        aProject(ws, "FO");
        aWorkItem(ws, "FO", "Never done");
        aProject(ws, "NX");
        String writer = asAdmin().body(Map.of("name", "writer", "scopes", List.of("projects:write")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        Map<String, Object> forced = Map.of("outcome", "Stopped", "status", "CANCELLED", "force", true);
        given().header("Authorization", "Bearer " + writer).contentType(ContentType.JSON).body(forced)
                .post(project(ws, "FO") + "/close").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        asAdmin().get(project(ws, "FO")).then().body("status", equalTo("ACTIVE"));
        asAdmin().body(forced).post(project(ws, "FO") + "/close").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("forced", equalTo(true))
                .body("overridden.code", containsInAnyOrder("ITEMS_OPEN", "FINAL_REPORT_UNPUBLISHED"));
        asAdmin().body(Map.of("outcome", "Nothing to do", "lessonsLearned", "Plan less", "force", true))
                .post(project(ws, "NX") + "/close").then().statusCode(200);
        asAdmin().get("/api/v1/workspaces/" + ws + "/lessons").then().statusCode(200)
                .body("items.projectKey", contains("NX", "FO"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/lessons?project=FO&limit=1").then()
                .body("items.outcome", contains("Stopped")).body("nextCursor", org.hamcrest.Matchers.nullValue());
        asAdmin().body(Map.of("outcome", "")).post(project(ws, "NX") + "/close").then().statusCode(400);
    }
}
