package io.worklane.api.activity;

import static io.restassured.RestAssured.given;
import static io.worklane.api.activity.Activity.historyOf;
import static io.worklane.api.activity.Activity.move;
import static io.worklane.api.activity.Activity.patch;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every change to a work item is in its history, field by field, with the key that made it (the member:
 * ActivityAsMemberTest), oldest first, kept after the item is deleted. The figures: ActivityFiguresRestTest.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ActivityRestTest {

    @Test
    void creating_and_patching_records_each_changed_field_with_before_after_and_the_key_that_did_it() {
        SteppedClock clock = SteppedClock.install();
        String ws = aWorkspace();
        aProject(ws, "ACT");
        asAdmin().body(Map.of("key", "severity", "name", "Severity", "type", "TEXT"))
                .post("/api/v1/workspaces/" + ws + "/projects/ACT/custom-fields").then().statusCode(201);
        String ada = aMember(ws, "ada@example.com");
        JsonPath key = asAdmin().body(Map.of("name", "Importer", "scopes", List.of("work_items:write")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().jsonPath();
        RequestSpecification importer = as(key.getString("secret"));
        String created = importer.body(Map.of("project", "ACT", "title", "Draft")).post("/api/v1/workspaces/" + ws
                + "/work-items").then().statusCode(201).extract().path("createdAt");
        String changedAt = clock.advance(60).toString();

        patch(importer, ws, "ACT-1", "{\"title\":\"Final\",\"assigneeIds\":[\"" + ada + "\"],"
                + "\"customFields\":{\"severity\":\"high\"}}");
        patch(importer, ws, "ACT-1", "{\"title\":\"Final\"}"); // nothing changes: nothing recorded

        JsonPath history = historyOf(importer, ws, "ACT-1").statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.field")).containsExactly("created", "title", "assignees",
                "customFields.severity");
        assertThat(history.getList("items.actor.kind")).containsOnly("API_KEY");
        assertThat(history.getList("items.actor.id")).containsOnly(key.getString("id"));
        assertThat(history.getList("items.actor.name")).containsOnly("Importer");
        assertThat(history.getList("items.occurredAt")).containsExactly(created, changedAt, changedAt, changedAt);
        assertThat(history.getMap("items[0]")).doesNotContainKey("before");
        assertThat(history.getMap("items[0].after")).containsEntry("key", "ACT-1").containsEntry("title", "Draft")
                .containsEntry("status", "todo").containsEntry("priority", "NONE");
        assertThat(history.getString("items[1].before")).isEqualTo("Draft");
        assertThat(history.getString("items[1].after")).isEqualTo("Final");
        assertThat(history.getList("items[2].before")).isEmpty();
        assertThat(history.getList("items[2].after")).containsExactly(ada);
        assertThat(history.getMap("items[3]")).doesNotContainKey("before");
        assertThat(history.getString("items[3].after")).isEqualTo("high");
        assertThat(history.getString("nextCursor")).isNull();
    }

    @Test
    void the_history_comes_in_pages_oldest_first() {
        String ws = aWorkspace();
        aProject(ws, "PAG");
        aWorkItem(ws, "PAG", "Paged");
        move(ws, "PAG-1", "in_progress");
        move(ws, "PAG-1", "done");

        JsonPath first = asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/PAG-1/activity?limit=2").then()
                .statusCode(200).extract().jsonPath();
        JsonPath second = asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/PAG-1/activity?limit=2&cursor="
                + first.getString("nextCursor")).then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("items.field")).containsExactly("created", "status");
        assertThat(first.getString("items[1].after")).isEqualTo("in_progress");
        assertThat(second.getList("items.field")).containsExactly("status");
        assertThat(second.getString("items[0].after")).isEqualTo("done");
        assertThat(second.getString("nextCursor")).isNull();
    }

    @Test
    void a_deleted_items_history_ends_with_what_it_was_and_stays_readable_by_its_id() {
        String ws = aWorkspace();
        aProject(ws, "DEL");
        String id = aWorkItem(ws, "DEL", "Short-lived").extract().path("id");
        asAdmin().delete("/api/v1/workspaces/" + ws + "/work-items/DEL-1").then().statusCode(204);

        historyOf(asAdmin(), ws, id).statusCode(200).body("items.field", equalTo(List.of("created", "deleted")))
                .body("items[1].before.title", equalTo("Short-lived")).body("items[1].after", nullValue());
        historyOf(asAdmin(), ws, "DEL-1").statusCode(404).body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        historyOf(asAdmin(), ws, "0195a2b0-0000-7000-8000-000000000000").statusCode(404);
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + id + "/status-durations").then().statusCode(404);
    }

    @Test
    void the_figures_need_their_read_scopes() {
        String ws = aWorkspace();
        aProject(ws, "SCO");
        aWorkItem(ws, "SCO", "Guarded");
        String projectsOnly = asAdmin().body(Map.of("name", "Reporting", "scopes", List.of("projects:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");

        as(projectsOnly).get("/api/v1/workspaces/" + ws + "/projects/SCO/cycle-time").then().statusCode(200)
                .body("completedItems", notNullValue());
        as(projectsOnly).get("/api/v1/workspaces/" + ws + "/work-items/SCO-1/activity").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(projectsOnly).get("/api/v1/workspaces/" + ws + "/work-items/SCO-1/status-durations").then()
                .statusCode(403);
    }

    private static RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }
}
