package io.worklane.api.form;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Forms for tests: a PROCESS project and a form of it, sent by anyone. */
final class FormFixtures {
    private FormFixtures() {
    }

    static String forms(String ws) {
        return "/api/v1/workspaces/" + ws + "/forms";
    }

    static String open(String slug) {
        return "/api/v1/forms/" + slug;
    }

    static RequestSpecification anyone() {
        return given().contentType(ContentType.JSON);
    }

    static void aProcessProject(String ws, String key) {
        asAdmin().body(Map.of("key", key, "name", "Process " + key, "kind", "PROCESS"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
    }

    /** An IT request form: a required summary (the title), details (the description) and an urgency (priority). */
    static Map<String, Object> anItForm(String project, String slug, String access) {
        return Map.of("project", project, "slug", slug, "title", "Ask IT", "access", access,
                "confirmation", "Thanks, we will get back to you.", "fields", List.of(
                        Map.of("key", "summary", "label", "What do you need?", "type", "TEXT", "target", "title",
                                "required", true, "maxLength", 100),
                        Map.of("key", "details", "label", "Details", "helpText", "Anything that helps", "type",
                                "LONG_TEXT", "target", "description"),
                        Map.of("key", "urgency", "label", "How urgent?", "type", "SELECT", "target", "priority",
                                "options", List.of("LOW", "HIGH"))));
    }

    static String aForm(String ws, Map<String, Object> body) {
        return asAdmin().body(body).post(forms(ws)).then().statusCode(201).extract().path("id");
    }
}
