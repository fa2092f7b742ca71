package io.worklane.api.notification;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace with a project and people in it, each with a token of their own (signed in) or not: the
 * fixture of the collaboration tests. Handles are the part of the address before the @.
 */
record Team(String slug, String workspaceId) {

    record Person(String handle, String email, String memberId, String token) {
        RequestSpecification asThem() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    static Team aTeam() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = "team-" + tag;
        String id = asAdmin().body(Map.of("slug", slug, "name", "Team " + tag)).post("/api/v1/workspaces")
                .then().statusCode(201).extract().path("id");
        aProject(slug, "OPS");
        return new Team(slug, id);
    }

    /** A member who signs in (their first request links them to their token). */
    Person aPerson(String name) {
        Person p = aMember(name, "MEMBER");
        p.asThem().get("/api/v1/me").then().statusCode(200);
        return p;
    }

    /** A member added by address who has never signed in (they still get e-mail: they have an address). */
    Person aMember(String name, String role) {
        String handle = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        String email = handle + "@team.example";
        String memberId = asAdmin().body(Map.of("email", email, "role", role, "displayName", name))
                .post("/api/v1/workspaces/" + slug + "/members").then().statusCode(201).extract().path("id");
        return new Person(handle, email, memberId, Tokens.of(UUID.randomUUID().toString(), email, true));
    }

    /** The same person (address and token) as a member of this team too. */
    Person join(Person person, String role) {
        String memberId = asAdmin().body(Map.of("email", person.email(), "role", role))
                .post("/api/v1/workspaces/" + slug + "/members").then().statusCode(201).extract().path("id");
        return new Person(person.handle(), person.email(), memberId, person.token());
    }

    String anItem(String title) {
        return asAdmin().body(Map.of("project", "OPS", "title", title))
                .post("/api/v1/workspaces/" + slug + "/work-items").then().statusCode(201).extract().path("key");
    }

    String item(String key) {
        return "/api/v1/workspaces/" + slug + "/work-items/" + key;
    }
}
