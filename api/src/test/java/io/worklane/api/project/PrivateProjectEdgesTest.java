package io.worklane.api.project;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The edges of private projects closed after ADR 0084 (ADR 0085), with signed-in people: a project made from a
 * template is PRIVATE when asked; a deleted item's history and events stay its private project's, and a deleted
 * private project's events stay hidden; assignment
 * suggestions weigh no allocation to a project the caller cannot see.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PrivateProjectEdgesTest {

    @Test
    void aProjectFromATemplateIsPrivateWhenAskedAndItsCreatorManagesIt() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person creator = person(ws, "MEMBER");
        Person outsider = person(ws, "MEMBER");
        String template = asAdmin().get(base + "/project-templates").then().statusCode(200).extract()
                .path("items.find { it.builtIn }.id");

        as(creator).body(Map.of("template", template, "key", "TPL", "name", "From a template", "visibility", "PRIVATE",
                        "startDate", "2027-03-29")).post(base + "/projects").then().statusCode(201)
                .body("visibility", equalTo("PRIVATE"));
        as(creator).get(base + "/projects/TPL/members").then().statusCode(200)
                .body("items[0].member", equalTo(creator.id())).body("items[0].projectRole", equalTo("MANAGER"));
        as(creator).get(base + "/work-items?project=TPL").then().statusCode(200).body("items.size()",
                org.hamcrest.Matchers.greaterThan(0));

        as(outsider).get(base + "/projects/TPL").then().statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
        as(outsider).get(base + "/projects").then().statusCode(200).body("items.key", not(hasItem("TPL")));
        as(outsider).get(base + "/work-items?limit=200").then().statusCode(200)
                .body("items.key.findAll { it.startsWith('TPL-') }.size()", equalTo(0));
        // without visibility it is WORKSPACE, as before
        as(creator).body(Map.of("template", template, "key", "TPO", "name", "Open one", "startDate", "2027-03-29"))
                .post(base + "/projects").then().statusCode(201).body("visibility", equalTo("WORKSPACE"));
        as(outsider).get(base + "/projects/TPO").then().statusCode(200);
    }

    @Test
    void aDeletedItemsHistoryAndEventsStayItsPrivateProjects() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person creator = person(ws, "MEMBER");
        Person outsider = person(ws, "MEMBER");
        as(creator).body(Map.of("key", "DEL", "name", "Deleted things", "visibility", "PRIVATE"))
                .post(base + "/projects").then().statusCode(201);
        var created = as(creator).body(Map.of("project", "DEL", "title", "Soon gone")).post(base + "/work-items")
                .then().statusCode(201).extract();
        String id = created.path("id");
        as(creator).body(Map.of("body", "A secret remark")).post(base + "/work-items/" + id + "/comments").then()
                .statusCode(201);
        as(creator).header("If-Match", created.header("ETag")).delete(base + "/work-items/" + id).then()
                .statusCode(204);

        // the item row is gone: its history is still its project's, as were its comments' events
        as(creator).get(base + "/work-items/" + id + "/activity").then().statusCode(200)
                .body("items.field", hasItem("deleted"));
        as(outsider).get(base + "/work-items/" + id + "/activity").then().statusCode(404)
                .body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        as(creator).get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.findAll { it.type == 'comment.created' }.data.workItemId", hasItem(id));
        as(outsider).get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.findAll { it.data.workItemId == '" + id + "' || it.subjectId == '" + id + "' }.size()",
                        equalTo(0));
    }

    @Test
    void assignmentSuggestionsDoNotWeighAllocationsToAProjectTheCallerCannotSee() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person member = person(ws, "MEMBER");
        asAdmin().body(Map.of("key", "ENG", "name", "Open")).post(base + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("key", "SEC", "name", "Secret", "visibility", "PRIVATE")).post(base + "/projects")
                .then().statusCode(201);
        String key = asAdmin().body(Map.of("project", "ENG", "title", "Port the parser", "labels",
                        java.util.List.of("skill:java:3"), "startDate", "2026-12-07", "dueDate", "2026-12-11"))
                .post(base + "/work-items").then().statusCode(201).extract().path("key");
        String ada = asAdmin().body(Map.of("kind", "PERSON", "name", "Ada", "skills",
                        java.util.List.of(Map.of("name", "java", "level", 3))))
                .post(base + "/resources").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("resource", ada, "project", "SEC", "from", "2026-12-07", "to", "2026-12-13",
                "minutesPerWeek", 30 * 60)).post(base + "/allocations").then().statusCode(201);

        // the admin sees the private project: Ada is 30 h of 40 taken that week
        asAdmin().get(base + "/work-items/" + key + "/assignment-suggestions").then().statusCode(200)
                .body("items[0].resource.name", equalTo("Ada")).body("items[0].freeMinutes", equalTo(600));
        // a member does not: the allocation is not weighed, as the workload leaves it out
        as(member).get(base + "/work-items/" + key + "/assignment-suggestions").then().statusCode(200)
                .body("items[0].resource.name", equalTo("Ada")).body("items[0].freeMinutes", equalTo(2400))
                .body("items[0].reason", not(org.hamcrest.Matchers.containsString("SEC")));
    }

    @Test
    void aDeletedPrivateProjectsEventsStayHiddenFromNonMembers() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person creator = person(ws, "MEMBER");
        Person outsider = person(ws, "MEMBER");
        var project = as(creator).body(Map.of("key", "GONE", "name", "Soon deleted", "visibility", "PRIVATE"))
                .post(base + "/projects").then().statusCode(201).extract();
        String projectId = project.path("id");
        String item = as(creator).body(Map.of("project", "GONE", "title", "With it")).post(base + "/work-items")
                .then().statusCode(201).extract().path("id");
        as(creator).body(Map.of("body", "Remark")).post(base + "/work-items/" + item + "/comments").then()
                .statusCode(201);
        asAdmin().header("If-Match", project.header("ETag")).delete(base + "/projects/GONE").then().statusCode(204);

        asAdmin().get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + projectId + "' }.type", hasItem("project.deleted"));
        as(outsider).get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + projectId + "' || it.data.projectId == '" + projectId
                        + "' || it.data.workItemId == '" + item + "' }.size()", equalTo(0));
    }

    record Person(String id, String token) {
    }

    static Person person(String ws, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
        return new Person(id, Tokens.of(UUID.randomUUID().toString(), email, true));
    }

    static RequestSpecification as(Person p) {
        return given().header("Authorization", "Bearer " + p.token()).contentType(ContentType.JSON);
    }
}
