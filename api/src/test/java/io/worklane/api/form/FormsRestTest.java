package io.worklane.api.form;

import static io.worklane.api.form.FormFixtures.aProcessProject;
import static io.worklane.api.form.FormFixtures.anItForm;
import static io.worklane.api.form.FormFixtures.forms;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Managing forms: CRUD with If-Match and Idempotency-Key, every problem at once, PROCESS projects only. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class FormsRestTest {

    private static String slug() {
        return "f-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_form_is_created_replayed_changed_with_its_version_and_deleted() {
        String ws = aWorkspace();
        aProcessProject(ws, "HELP");
        String slug = slug();
        Map<String, Object> body = anItForm("HELP", slug, "PUBLIC");
        String id = asAdmin().header("Idempotency-Key", "form-1").body(body).post(forms(ws)).then().statusCode(201)
                .header("Location", notNullValue()).body("slug", equalTo(slug)).body("projectKey", equalTo("HELP"))
                .body("itemType", equalTo("REQUEST")).body("fields.key", equalTo(List.of("summary", "details", "urgency")))
                .body("fields[2].options", equalTo(List.of("LOW", "HIGH"))).extract().path("id");
        asAdmin().header("Idempotency-Key", "form-1").body(body).post(forms(ws)).then().statusCode(201)
                .body("id", equalTo(id));
        asAdmin().get(forms(ws)).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        asAdmin().get(forms(ws) + "/" + slug).then().statusCode(200).body("id", equalTo(id));

        String form = forms(ws) + "/" + id;
        String etag = asAdmin().get(form).then().statusCode(200).extract().header("ETag");
        asAdmin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("access", "MEMBERS", "title", "Ask IT anything")).patch(form).then().statusCode(200)
                .body("access", equalTo("MEMBERS")).body("title", equalTo("Ask IT anything"))
                .body("fields.key", equalTo(List.of("summary", "details", "urgency")));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("title", "Stale")).patch(form).then().statusCode(412);
        java.util.Map<String, Object> cleared = new java.util.HashMap<>();
        cleared.put("fields", null);
        asAdmin().contentType("application/merge-patch+json").body(cleared).patch(form).then().statusCode(400)
                .body("errors[0].field", equalTo("fields")).body("errors[0].code", equalTo("REQUIRED"));
        String now = asAdmin().get(form).then().extract().header("ETag");
        asAdmin().header("If-Match", now).delete(form).then().statusCode(204);
        asAdmin().get(form).then().statusCode(404).body("code", equalTo("FORM_NOT_FOUND"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItems("form.created", "form.updated", "form.deleted"));
    }

    @Test
    void every_problem_of_a_form_is_listed_at_once() {
        String ws = aWorkspace();
        aProcessProject(ws, "BAD");
        Map<String, Object> body = Map.of("project", "BAD", "slug", slug(), "title", "Bad", "fields", List.of(
                Map.of("key", "email", "label", "Mail", "type", "TEXT", "target", "title"),
                Map.of("key", "when", "label", "When", "type", "TEXT", "target", "dueDate"),
                Map.of("key", "pick", "label", "Pick", "type", "SELECT", "target", "description"),
                Map.of("key", "prio", "label", "Prio", "type", "SELECT", "target", "priority", "options", List.of("SOON")),
                Map.of("key", "odd", "label", "Odd", "type", "TEXT", "target", "colour", "pattern", "(")));
        asAdmin().body(body).post(forms(ws)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("fields[0].key", "fields[1].target", "fields[2].target",
                        "fields[2].options", "fields[3].options", "fields[4].target", "fields[4].pattern"));
        asAdmin().get(forms(ws)).then().body("items", equalTo(List.of()));
    }

    @Test
    void a_form_files_into_a_process_project_and_its_custom_fields_must_fit() {
        String ws = aWorkspace();
        aProject(ws, "TEMP");
        asAdmin().body(anItForm("TEMP", slug(), "PUBLIC")).post(forms(ws)).then().statusCode(422)
                .body("code", equalTo("FORM_NEEDS_PROCESS_PROJECT"));
        aProcessProject(ws, "OPS");
        asAdmin().body(Map.of("key", "site", "name", "Site", "type", "SELECT", "options", List.of("Berlin", "Paris")))
                .post("/api/v1/workspaces/" + ws + "/projects/OPS/custom-fields").then().statusCode(201);
        Map<String, Object> body = new HashMap<>(anItForm("OPS", slug(), "PUBLIC"));
        body.put("fields", List.of(
                Map.of("key", "site", "label", "Site", "type", "SELECT", "target", "customFields.site",
                        "options", List.of("Berlin", "Rome")),
                Map.of("key", "cost", "label", "Cost", "type", "NUMBER", "target", "customFields.cost")));
        asAdmin().body(body).post(forms(ws)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("fields[0].target", "fields[1].target"))
                .body("errors.code", containsInAnyOrder("UNKNOWN_OPTION", "UNKNOWN_CUSTOM_FIELD"));
    }

    @Test
    void a_slug_is_unique_across_workspaces() {
        String slug = slug();
        String ws = aWorkspace();
        aProcessProject(ws, "ONE");
        asAdmin().body(anItForm("ONE", slug, "PUBLIC")).post(forms(ws)).then().statusCode(201);
        String other = aWorkspace();
        aProcessProject(other, "TWO");
        asAdmin().body(anItForm("TWO", slug, "PUBLIC")).post(forms(other)).then().statusCode(409)
                .body("code", equalTo("FORM_SLUG_TAKEN"));
        // another workspace's form is not reachable through this one, by slug or id
        asAdmin().get(forms(other) + "/" + slug).then().statusCode(404).body("code", equalTo("FORM_NOT_FOUND"));
    }

    @Test
    void only_admins_manage_forms() {
        String ws = aWorkspace();
        aProcessProject(ws, "ADM");
        String key = asAdmin().body(Map.of("name", "writer", "scopes", List.of("work_items:write", "projects:write")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + key)
                .contentType(io.restassured.http.ContentType.JSON).body(anItForm("ADM", slug(), "PUBLIC"))
                .post(forms(ws)).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
    }
}
