package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.project;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's phases: ordered, dated, edited with If-Match, deleted; bad input refused. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PhasesRestTest {

    @Test
    void phases_come_in_order_and_change_with_their_version() {
        String ws = aWorkspace();
        aProject(ws, "PH");
        String phases = project(ws, "PH") + "/phases";
        String design = asAdmin().body(Map.of("name", "Design", "startDate", "2026-11-30", "endDate", "2026-12-11"))
                .post(phases).then().statusCode(201).body("position", equalTo(0)).body("version", equalTo(0))
                .extract().path("id");
        asAdmin().body(Map.of("name", "Launch")).post(phases).then().statusCode(201).body("position", equalTo(1));
        asAdmin().body(Map.of("name", "Build", "position", 1)).post(phases).then().statusCode(201);
        asAdmin().get(phases).then().statusCode(200).body("items.name", contains("Design", "Build", "Launch"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("endDate", "2026-12-18")).patch(phases + "/" + design).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("endDate", equalTo("2026-12-18"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("name", "Stale")).patch(phases + "/" + design).then().statusCode(412);
        asAdmin().body(Map.of("name", "Bad", "startDate", "2026-12-10", "endDate", "2026-12-01")).post(phases).then()
                .statusCode(400).body("errors.field", hasItem("endDate"));
        asAdmin().body(Map.of("startDate", "2026-12-10")).post(phases).then().statusCode(400);
        asAdmin().delete(phases + "/" + design).then().statusCode(204);
        asAdmin().get(phases).then().body("items.name", contains("Build", "Launch"));
        asAdmin().delete(phases + "/" + design).then().statusCode(404).body("code", equalTo("PHASE_NOT_FOUND"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItems("phase.created", "phase.updated", "phase.deleted"));
    }

    @Test
    void another_projects_or_workspaces_phase_does_not_exist_here() {
        String ws = aWorkspace();
        aProject(ws, "ONE");
        aProject(ws, "TWO");
        String id = asAdmin().body(Map.of("name", "Design")).post(project(ws, "ONE") + "/phases").then()
                .statusCode(201).extract().path("id");
        asAdmin().delete(project(ws, "TWO") + "/phases/" + id).then().statusCode(404);
        String other = aWorkspace();
        asAdmin().get(project(other, "ONE") + "/phases").then().statusCode(404);
    }

    @Test
    void an_item_belongs_to_one_phase_of_its_own_project() {
        String ws = aWorkspace();
        aProject(ws, "IP");
        aProject(ws, "OTHER");
        String build = asAdmin().body(Map.of("name", "Build")).post(project(ws, "IP") + "/phases").then()
                .statusCode(201).extract().path("id");
        String elsewhere = asAdmin().body(Map.of("name", "Build")).post(project(ws, "OTHER") + "/phases").then()
                .statusCode(201).extract().path("id");
        String items = "/api/v1/workspaces/" + ws + "/work-items";
        asAdmin().body(Map.of("project", "IP", "title", "Code", "phase", build)).post(items).then().statusCode(201)
                .body("phaseId", equalTo(build));
        asAdmin().body(Map.of("project", "IP", "title", "Wrong", "phase", elsewhere)).post(items).then()
                .statusCode(404).body("code", equalTo("PHASE_NOT_FOUND"));
        asAdmin().contentType("application/merge-patch+json").body(java.util.Collections.singletonMap("phase", null))
                .patch(items + "/IP-1").then().statusCode(200).body("phaseId", org.hamcrest.Matchers.nullValue());
        asAdmin().contentType("application/merge-patch+json").body(Map.of("phase", elsewhere))
                .patch(items + "/IP-1").then().statusCode(404);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("phase", build))
                .patch(items + "/IP-1").then().statusCode(200).body("phaseId", equalTo(build));
        asAdmin().get(items + "/IP-1/activity").then().body("items.field", hasItem("phase"));
        asAdmin().delete(project(ws, "IP") + "/phases/" + build).then().statusCode(204);
        asAdmin().get(items + "/IP-1").then().statusCode(200).body("phaseId", org.hamcrest.Matchers.nullValue());
    }
}
