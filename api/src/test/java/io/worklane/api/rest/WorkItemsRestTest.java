package io.worklane.api.rest;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkItemsRestTest {

    @Test
    void createsAWorkItemWithAKeyNumberedPerProject() {
        String ws = aWorkspace();
        aProject(ws, "ENG");
        aWorkItem(ws, "ENG", "Write the spec")
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("key", equalTo("ENG-1")).body("status", equalTo("todo")).body("version", equalTo(0))
                .body("priority", equalTo("NONE")).body("projectKey", equalTo("ENG"));
        aWorkItem(ws, "ENG", "Review the spec").body("key", equalTo("ENG-2"));
    }

    @Test
    void readsByKeyAndById() {
        String ws = aWorkspace();
        aProject(ws, "OPS");
        String id = aWorkItem(ws, "OPS", "Rotate certificates").extract().path("id");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/OPS-1").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("id", equalTo(id));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + id).then().statusCode(200)
                .body("key", equalTo("OPS-1"));
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndClearsNulls() {
        String ws = aWorkspace();
        aProject(ws, "MP");
        asAdmin().body(Map.of("project", "MP", "title", "Task", "description", "Some text", "labels",
                java.util.List.of("a", "b"))).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        asAdmin().contentType("application/merge-patch+json")
                .body("{\"priority\":\"HIGH\",\"description\":null}")
                .patch("/api/v1/workspaces/" + ws + "/work-items/MP-1").then().statusCode(200)
                .body("priority", equalTo("HIGH")).body("description", nullValue()).body("labels", hasSize(2))
                .body("completedAt", nullValue()).body("version", equalTo(1));
    }

    /** The draft's checks run at once; the refusal is still the first in turn (people before the phase). */
    @Test
    void aDraftWrongInSeveralWaysIsRefusedForItsFirstFaultEveryTimeAndWritesNothing() {
        String ws = aWorkspace();
        aProject(ws, "BD");
        for (int i = 0; i < 8; i++) {
            asAdmin().body(Map.of("project", "BD", "title", "Wrong", "assigneeIds",
                            java.util.List.of(java.util.UUID.randomUUID().toString()),
                            "phase", java.util.UUID.randomUUID().toString(), "parent", "BD-999"))
                    .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
        aWorkItem(ws, "BD", "Right").body("key", equalTo("BD-1"));
    }
}
