package io.worklane.api.signin;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person signed in with a verified token is the members its email was added as: linked on first
 * use, then found by subject; roles decide what it may do, at once after a change; an unverified email
 * or another account with the same email links nothing.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SignInTest {

    @Test
    void a_person_with_no_membership_sees_no_workspace() {
        String ws = aWorkspace();
        String token = Tokens.of(subject(), unique("nobody") + "@example.com", true);
        as(token).get("/api/v1/workspaces").then().statusCode(200).body("items.size()", equalTo(0));
        as(token).get("/api/v1/workspaces/" + ws).then().statusCode(404).body("code", equalTo("WORKSPACE_NOT_FOUND"));
    }

    @Test
    void a_verified_email_links_the_members_added_by_it_and_the_role_decides() {
        String email = unique("ada") + "@example.com";
        String viewerIn = aWorkspace();
        String memberIn = aWorkspace();
        String viewerId = addMember(viewerIn, email, "VIEWER");
        addMember(memberIn, email, "MEMBER");
        aProject(viewerIn, "OPS");
        String token = Tokens.of(subject(), email.toUpperCase(), true); // emails compare without case

        as(token).get("/api/v1/workspaces").then().statusCode(200).body("items.slug", hasItem(viewerIn))
                .body("items.slug", hasItem(memberIn)).body("items.size()", equalTo(2));
        asAdmin().get("/api/v1/workspaces/" + viewerIn + "/members/" + viewerId).then().body("linked", equalTo(true));
        asAdmin().get("/api/v1/workspaces/" + viewerIn + "/audit-events").then()
                .body("items.action", hasItem("member.linked"));

        // VIEWER reads and may not write; the refusal names the role
        as(token).get("/api/v1/workspaces/" + viewerIn + "/projects/OPS").then().statusCode(200);
        as(token).body(Map.of("key", "NEW", "name", "New")).post("/api/v1/workspaces/" + viewerIn + "/projects")
                .then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"))
                .body("detail", containsString("VIEWER"));
        // MEMBER writes, as itself: the comment's author is the member
        aProject(memberIn, "ENG");
        String item = as(token).body(Map.of("project", "ENG", "title", "Signed in"))
                .post("/api/v1/workspaces/" + memberIn + "/work-items").then().statusCode(201).extract().path("id");
        String memberId = as(token).get("/api/v1/workspaces/" + memberIn + "/members").then().extract()
                .path("items.find { it.email == '" + email + "' }.id");
        as(token).body(Map.of("body", "Mine")).post("/api/v1/workspaces/" + memberIn + "/work-items/" + item + "/comments")
                .then().statusCode(201).body("author.kind", equalTo("MEMBER")).body("author.id", equalTo(memberId));
    }

    @Test
    void once_linked_the_subject_keeps_the_membership_when_the_email_changes() {
        String email = unique("grace") + "@example.com";
        String ws = aWorkspace();
        addMember(ws, email, "MEMBER");
        String subject = subject();
        as(Tokens.of(subject, email, true)).get("/api/v1/workspaces/" + ws).then().statusCode(200);

        as(Tokens.of(subject, unique("grace-new") + "@example.com", true)).get("/api/v1/workspaces/" + ws)
                .then().statusCode(200);
        // another account that claims the linked email gets nothing
        as(Tokens.of(subject(), email, true)).get("/api/v1/workspaces/" + ws).then().statusCode(404);
    }

    @Test
    void an_unverified_email_links_nothing() {
        String email = unique("eve") + "@example.com";
        String ws = aWorkspace();
        String memberId = addMember(ws, email, "ADMIN");
        as(Tokens.of(subject(), email, false)).get("/api/v1/workspaces/" + ws).then().statusCode(404);
        asAdmin().get("/api/v1/workspaces/" + ws + "/members/" + memberId).then().body("linked", equalTo(false));
    }

    @Test
    void a_role_change_or_a_removal_takes_effect_on_the_next_request() {
        String email = unique("lin") + "@example.com";
        String ws = aWorkspace();
        String memberId = addMember(ws, email, "GUEST");
        String token = Tokens.of(subject(), email, true);
        RequestSpecification newProject = as(token).body(Map.of("key", "RUN", "name", "Run"));
        newProject.post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(403);

        asAdmin().contentType("application/merge-patch+json").body(Map.of("role", "ADMIN"))
                .patch("/api/v1/workspaces/" + ws + "/members/" + memberId).then().statusCode(200);
        as(token).body(Map.of("key", "RUN", "name", "Run")).post("/api/v1/workspaces/" + ws + "/projects")
                .then().statusCode(201);

        asAdmin().delete("/api/v1/workspaces/" + ws + "/members/" + memberId).then().statusCode(204);
        as(token).get("/api/v1/workspaces/" + ws).then().statusCode(404);
    }

    @Test
    void graphql_sees_the_same_memberships_and_roles() {
        String email = unique("kit") + "@example.com";
        String ws = aWorkspace();
        addMember(ws, email, "VIEWER");
        aWorkItem(ws, aProjectKey(ws), "Readable");
        String token = Tokens.of(subject(), email, true);
        as(token).body(Map.of("query", "{ workspaces { edges { node { slug } } } }")).post("/graphql").then()
                .statusCode(200).body("data.workspaces.edges.node.slug", equalTo(List.of(ws)));
        as(token).body(Map.of("query", "mutation($ws: String!) { createProject(input: {workspace: $ws, key: \"GQL\","
                        + " name: \"G\"}) { project { id } } }", "variables", Map.of("ws", ws))).post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("INSUFFICIENT_SCOPE"))
                .body("data.createProject", equalTo(null));
    }

    private static String aProjectKey(String ws) {
        aProject(ws, "GQ");
        return "GQ";
    }

    private static String addMember(String ws, String email, String role) {
        return asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
