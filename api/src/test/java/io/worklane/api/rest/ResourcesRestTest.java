package io.worklane.api.rest;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The life cycle of each resource: create, read, merge-patch, list, delete. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ResourcesRestTest {

    @Test
    void workspacesAreCreatedReadByIdOrSlugPatchedAndDeleted() {
        String slug = aWorkspace();
        String id = asAdmin().get("/api/v1/workspaces/" + slug).then().statusCode(200)
                .body("defaultCurrency", equalTo("EUR")).body("timeZone", equalTo("UTC")).extract().path("id");
        asAdmin().get("/api/v1/workspaces/" + id).then().statusCode(200).body("slug", equalTo(slug));
        asAdmin().contentType("application/merge-patch+json").body("{\"name\":\"Acme Corp\",\"timeZone\":\"Europe/Paris\"}")
                .patch("/api/v1/workspaces/" + slug).then().statusCode(200).body("name", equalTo("Acme Corp"))
                .body("timeZone", equalTo("Europe/Paris")).body("version", equalTo(1));
        asAdmin().body(Map.of("slug", slug, "name", "Duplicate")).post("/api/v1/workspaces").then().statusCode(409)
                .body("code", equalTo("WORKSPACE_SLUG_TAKEN"));
        asAdmin().contentType("application/merge-patch+json").body("{\"timeZone\":\"Mars/Olympus\"}")
                .patch("/api/v1/workspaces/" + slug).then().statusCode(400).body("errors.field", hasItem("timeZone"));
        asAdmin().delete("/api/v1/workspaces/" + slug).then().statusCode(204);
        asAdmin().get("/api/v1/workspaces/" + slug).then().statusCode(404);
    }

    @Test
    void membersAreAddedByEmailWithARole() {
        String ws = aWorkspace();
        String id = aMember(ws, "Grace@Example.com");
        asAdmin().get("/api/v1/workspaces/" + ws + "/members/" + id).then().statusCode(200)
                .body("email", equalTo("grace@example.com")).body("role", equalTo("MEMBER"));
        asAdmin().body(Map.of("email", "grace@example.com", "role", "ADMIN"))
                .post("/api/v1/workspaces/" + ws + "/members").then().statusCode(409)
                .body("code", equalTo("MEMBER_ALREADY_EXISTS"));
        asAdmin().contentType("application/merge-patch+json").body("{\"role\":\"ADMIN\"}")
                .patch("/api/v1/workspaces/" + ws + "/members/" + id).then().statusCode(200).body("role", equalTo("ADMIN"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/members").then().body("items.email", contains("grace@example.com"));
        asAdmin().delete("/api/v1/workspaces/" + ws + "/members/" + id).then().statusCode(204);
        asAdmin().get("/api/v1/workspaces/" + ws + "/members/" + id).then().statusCode(404)
                .body("code", equalTo("MEMBER_NOT_FOUND"));
    }

    @Test
    void projectsHaveUniqueKeysAndClosedOnesTakeNoNewWork() {
        String ws = aWorkspace();
        String lead = aMember(ws, "lead@example.com");
        asAdmin().body(Map.of("key", "WEB", "name", "Website", "kind", "PROJECT", "leadId", lead,
                "startDate", "2026-01-01", "targetDate", "2026-06-30")).post("/api/v1/workspaces/" + ws + "/projects")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("leadId", equalTo(lead));
        aProject(ws, "OPS");
        asAdmin().body(Map.of("key", "WEB", "name", "Again")).post("/api/v1/workspaces/" + ws + "/projects").then()
                .statusCode(409).body("code", equalTo("PROJECT_KEY_TAKEN"));
        asAdmin().body(Map.of("key", "BAD", "name", "Backwards", "startDate", "2026-06-01", "targetDate", "2026-01-01"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(400)
                .body("errors.field", hasItem("targetDate"));
        asAdmin().contentType("application/merge-patch+json").body("{\"status\":\"COMPLETED\"}")
                .patch("/api/v1/workspaces/" + ws + "/projects/WEB").then().statusCode(200);
        asAdmin().body(Map.of("project", "WEB", "title", "Too late")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(422).body("code", equalTo("PROJECT_CLOSED"));
        asAdmin().queryParam("status", "ACTIVE").get("/api/v1/workspaces/" + ws + "/projects").then()
                .body("items.key", contains("OPS"));
        asAdmin().delete("/api/v1/workspaces/" + ws + "/projects/OPS").then().statusCode(204);
        asAdmin().get("/api/v1/workspaces/" + ws + "/projects/OPS").then().statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"));
    }

    @Test
    void customFieldValuesAreValidatedByTypeAndMerged() {
        String ws = aWorkspace();
        aProject(ws, "CF");
        String url = "/api/v1/workspaces/" + ws + "/projects/CF/custom-fields";
        asAdmin().body(Map.of("key", "severity", "name", "Severity", "type", "SELECT", "options", List.of("LOW", "HIGH"),
                "required", true)).post(url).then().statusCode(201).body("options", contains("LOW", "HIGH"));
        asAdmin().body(Map.of("key", "budget", "name", "Budget", "type", "MONEY")).post(url).then().statusCode(201);
        asAdmin().body(Map.of("key", "color", "name", "Colour", "type", "SELECT")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("options"));
        String items = "/api/v1/workspaces/" + ws + "/work-items";
        asAdmin().body(Map.of("project", "CF", "title", "No severity")).post(items).then().statusCode(400)
                .body("errors.field", hasItem("customFields.severity"));
        asAdmin().body(Map.of("project", "CF", "title", "Valued", "customFields", Map.of("severity", "HIGH",
                "budget", Map.of("amount", "1234.5", "currency", "EUR")))).post(items).then().statusCode(201)
                .body("customFields.severity", equalTo("HIGH")).body("customFields.budget.amount", equalTo("1234.50"));
        asAdmin().contentType("application/merge-patch+json").body("{\"customFields\":{\"budget\":null}}")
                .patch(items + "/CF-1").then().statusCode(200).body("customFields.severity", equalTo("HIGH"))
                .body("customFields.budget", nullValue());
        asAdmin().contentType("application/merge-patch+json").body("{\"customFields\":{\"severity\":\"LOW\"}}")
                .patch(items + "/CF-1").then().statusCode(200).body("customFields.severity", equalTo("LOW"));
        String fieldId = asAdmin().get(url).then().body("items.key", contains("severity", "budget")).extract()
                .path("items[0].id");
        asAdmin().contentType("application/merge-patch+json").body("{\"type\":\"TEXT\"}").patch(url + "/" + fieldId)
                .then().statusCode(400).body("errors.code", hasItem("UNKNOWN_FIELD"));
        asAdmin().delete(url + "/" + fieldId).then().statusCode(204);
        asAdmin().get(url + "/" + fieldId).then().statusCode(404).body("code", equalTo("CUSTOM_FIELD_NOT_FOUND"));
    }

    @Test
    void commentsAreWrittenEditedWithHistoryAndDeleted() {
        String ws = aWorkspace();
        aProject(ws, "CM");
        aWorkItem(ws, "CM", "Discuss me");
        String url = "/api/v1/workspaces/" + ws + "/work-items/CM-1/comments";
        String id = asAdmin().body(Map.of("body", "First **thought**")).post(url).then().statusCode(201)
                .body("author.kind", equalTo("API_KEY")).body("edited", equalTo(false)).extract().path("id");
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"body\":\"Second thought\"}")
                .patch(url + "/" + id).then().statusCode(200).body("body", equalTo("Second thought"))
                .body("edited", equalTo(true)).body("version", equalTo(1));
        asAdmin().body(Map.of("body", "")).post(url).then().statusCode(400).body("errors.field", hasItem("body"));
        asAdmin().get(url).then().body("items.body", contains("Second thought"));
        asAdmin().delete(url + "/" + id).then().statusCode(204);
        asAdmin().get(url + "/" + id).then().statusCode(404).body("code", equalTo("COMMENT_NOT_FOUND"));
    }
}
