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
 * template is PRIVATE when asked.
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
