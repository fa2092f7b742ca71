package io.worklane.api.webhook.delivery;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries honour private projects (ADR 0085): a subscription receives a PRIVATE project's events only when
 * it was granted the project; the grant is given by an admin (or the project's MANAGER), a key that cannot see the
 * project is told it does not exist. "Not delivered" is checked once a later event of an open project has arrived.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class PrivateProjectDeliveriesTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final List<String> TYPES = List.of("work_item.*", "comment.created", "status_report.published");
    private final Receiver plain = new Receiver();
    private final Receiver granted = new Receiver();

    @AfterEach
    void stop() {
        plain.close();
        granted.close();
    }

    @Test
    void only_a_granted_subscription_receives_a_private_projects_events_and_its_published_status_report() {
        String ws = aWorkspace();
        String pw = asAdmin().body(Map.of("key", "PW", "name", "Private work", "visibility", "PRIVATE"))
                .post(path(ws) + "/projects").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("key", "OP", "name", "Open")).post(path(ws) + "/projects").then().statusCode(201);
        hook(ws, plain.url("/plain"), null);
        String grantedHook = hook(ws, granted.url("/granted"), List.of("PW"));
        asAdmin().get(path(ws) + "/webhooks/" + grantedHook).then().statusCode(200)
                .body("privateProjects", contains("PW"));

        String secret = item(ws, "PW", "Secret launch");
        String secretId = asAdmin().get(path(ws) + "/work-items/" + secret).then().statusCode(200).extract().path("id");
        asAdmin().body(Map.of("body", "hush")).post(path(ws) + "/work-items/" + secret + "/comments").then()
                .statusCode(201);
        String report = asAdmin().post(path(ws) + "/projects/PW/status-reports/draft").then().statusCode(201)
                .extract().path("id");
        asAdmin().post(path(ws) + "/projects/PW/status-reports/" + report + "/publish").then().statusCode(200);
        String open = item(ws, "OP", "Open work");

        eventually(SOON, "the granted subscription has all four", () -> granted.received().size() == 4);
        assertThat(types(granted, pw, secretId)).containsExactly("work_item.created PW", "comment.created PW",
                "status_report.published PW", "work_item.created OP");
        eventually(SOON, "the plain one has the open project's item", () -> plain.received().size() == 1);
        assertThat(types(plain, pw, secretId)).containsExactly("work_item.created OP");
        assertThat(JsonPath.from(plain.received().get(0).body()).getString("data.key")).isEqualTo(open);

        // the grant taken away, the private project's events stop for that subscription too
        asAdmin().contentType("application/merge-patch+json").body(Map.of("privateProjects", List.of()))
                .patch(path(ws) + "/webhooks/" + grantedHook).then().statusCode(200).body("privateProjects", empty());
        item(ws, "PW", "Another secret");
        item(ws, "OP", "More open work");
        eventually(SOON, "the plain one has the second open item", () -> plain.received().size() == 2);
        eventually(SOON, "the formerly granted one has the second open item", () -> types(granted, pw, secretId)
                .stream().filter("work_item.created OP"::equals).count() == 2);
        assertThat(granted.received()).hasSize(5);
    }

    @Test
    void a_private_project_deleted_before_its_events_are_queued_is_still_not_delivered() {
        String ws = aWorkspace();
        hookOf(ws, plain.url("/projects"), List.of("project.*", "comment.created"));
        var created = asAdmin().body(Map.of("key", "BYE", "name", "Private, short-lived", "visibility", "PRIVATE"))
                .post(path(ws) + "/projects").then().statusCode(201).extract();
        String secret = item(ws, "BYE", "Gone with it");
        asAdmin().body(Map.of("body", "hush")).post(path(ws) + "/work-items/" + secret + "/comments").then()
                .statusCode(201);
        asAdmin().header("If-Match", created.header("ETag")).delete(path(ws) + "/projects/BYE").then()
                .statusCode(204);
        asAdmin().body(Map.of("key", "HI", "name", "Open")).post(path(ws) + "/projects").then().statusCode(201);

        eventually(SOON, "the open project's creation arrives", () -> plain.received().stream()
                .anyMatch(r -> "HI".equals(JsonPath.from(r.body()).getString("data.key"))));
        assertThat(plain.received()).extracting(r -> JsonPath.from(r.body()).getString("type") + " "
                + JsonPath.from(r.body()).getString("data.key")).containsExactly("project.created HI");
    }

    @Test
    void a_key_that_cannot_see_a_private_project_cannot_grant_it_nor_read_its_key_in_a_grant() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "HID", "name", "Hidden", "visibility", "PRIVATE"))
                .post(path(ws) + "/projects").then().statusCode(201);
        String key = asAdmin().body(Map.of("name", "Hooks", "scopes", List.of("webhooks:read", "webhooks:write")))
                .post(path(ws) + "/api-keys").then().statusCode(201).extract().path("secret");
        Map<String, Object> body = Map.of("url", "https://example.com/h", "eventTypes", List.of("*"),
                "privateProjects", List.of("HID"));
        given().header("Authorization", "Bearer " + key).contentType("application/json").body(body)
                .post(path(ws) + "/webhooks").then().statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
        // naming it as the subscription's project: as if there were no such project
        given().header("Authorization", "Bearer " + key).contentType("application/json")
                .body(Map.of("url", "https://example.com/h", "eventTypes", List.of("*"), "project", "HID"))
                .post(path(ws) + "/webhooks").then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_PROJECT"));

        // an admin's grant: the key reads the subscription without the hidden project, and its own change keeps it
        String hook = asAdmin().body(body).post(path(ws) + "/webhooks").then().statusCode(201)
                .body("privateProjects", contains("HID")).extract().path("id");
        given().header("Authorization", "Bearer " + key).get(path(ws) + "/webhooks/" + hook).then().statusCode(200)
                .body("privateProjects", empty());
        given().header("Authorization", "Bearer " + key).contentType("application/merge-patch+json")
                .body(Map.of("privateProjects", List.of(), "description", "changed by the key"))
                .patch(path(ws) + "/webhooks/" + hook).then().statusCode(200);
        asAdmin().get(path(ws) + "/webhooks/" + hook).then().statusCode(200).body("privateProjects", contains("HID"))
                .body("description", equalTo("changed by the key"));
        // the webhook's events do not name the hidden project to the key
        JsonPath feed = given().header("Authorization", "Bearer " + key).get(path(ws) + "/events?limit=100").then()
                .statusCode(200).extract().jsonPath();
        assertThat(feed.getList("items.findAll { it.type.startsWith('webhook.') }.data.privateProjects.flatten()"))
                .isEmpty();
    }

    @Test
    void a_subscription_of_a_private_project_does_not_exist_for_whoever_cannot_see_the_project() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "HID", "name", "Hidden", "visibility", "PRIVATE"))
                .post(path(ws) + "/projects").then().statusCode(201);
        String hidId = asAdmin().get(path(ws) + "/projects/HID").then().extract().path("id");
        String key = asAdmin().body(Map.of("name", "Hooks", "scopes", List.of("workspace:read", "webhooks:read",
                        "webhooks:write")))
                .post(path(ws) + "/api-keys").then().statusCode(201).extract().path("secret");
        String open = asAdmin().body(Map.of("url", "https://example.com/open", "eventTypes", List.of("*")))
                .post(path(ws) + "/webhooks").then().statusCode(201).extract().path("id");
        String hook = asAdmin().body(Map.of("url", "https://example.com/hid", "eventTypes", List.of("*"),
                "project", "HID")).post(path(ws) + "/webhooks").then().statusCode(201).extract().path("id");
        String delivery = asAdmin().post(path(ws) + "/webhooks/" + hook + "/test").then().statusCode(202)
                .extract().path("id");

        // left out of the list, over REST and GraphQL, its project's id with it
        String listed = given().header("Authorization", "Bearer " + key).get(path(ws) + "/webhooks").then()
                .statusCode(200).body("items.id", contains(open)).extract().asString();
        assertThat(listed).doesNotContain(hidId);
        JsonPath graph = io.worklane.api.support.GraphQL.ok(key, "query($ws: String!) { workspace(idOrSlug: $ws) {"
                + " webhooksConnection { edges { node { id } } } } }", Map.of("ws", ws));
        assertThat(graph.getList("data.workspace.webhooksConnection.edges.node.id")).containsExactly(open);
        // every operation on it: 404 WEBHOOK_NOT_FOUND, as for one that does not exist
        String base = path(ws) + "/webhooks/" + hook;
        List<io.restassured.response.Response> answers = List.of(
                as(key).get(base),
                as(key).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                        .body(Map.of("description", "mine")).patch(base),
                as(key).header("If-Match", "\"0\"").delete(base),
                as(key).post(base + "/rotate-secret"),
                as(key).post(base + "/test"),
                as(key).get(base + "/deliveries"),
                as(key).get(base + "/deliveries/" + delivery),
                as(key).post(base + "/deliveries/" + delivery + "/redeliver"),
                as(key).contentType("application/json").body(Map.of("fromSeq", 1, "toSeq", 2)).post(base + "/replay"));
        for (var answer : answers) {
            answer.then().statusCode(404).body("code", equalTo("WEBHOOK_NOT_FOUND"));
        }
        JsonPath refused = io.worklane.api.support.GraphQL.as(key, "mutation($ws: String!, $id: ID!) {"
                + " deleteWebhook(input: {workspace: $ws, id: $id, expectedVersion: 0}) { deletedId } }",
                Map.of("ws", ws, "id", hook));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("WEBHOOK_NOT_FOUND");
        // whoever sees the project sees the subscription, untouched
        asAdmin().get(base).then().statusCode(200).body("projectKey", equalTo("HID")).body("version", equalTo(0));
        asAdmin().get(path(ws) + "/webhooks").then().statusCode(200).body("items.id", contains(open, hook));
    }

    private static io.restassured.specification.RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    /** Each message as its type and the project it is of (PW told by its id or by its item's). */
    private static List<String> types(Receiver receiver, String pw, String pwItem) {
        return receiver.received().stream().map(r -> JsonPath.from(r.body())).map(j -> j.getString("type") + " "
                + projectOf(j, pw, pwItem)).toList();
    }

    private static String projectOf(JsonPath j, String pw, String pwItem) {
        String key = j.getString("data.key");
        if (key != null) {
            return key.substring(0, key.indexOf('-'));
        }
        return pw.equals(j.getString("data.projectId")) || pwItem.equals(j.getString("data.workItemId")) ? "PW"
                : "other";
    }

    private static void hookOf(String ws, String url, List<String> types) {
        asAdmin().body(Map.of("url", url, "eventTypes", types)).post(path(ws) + "/webhooks").then().statusCode(201);
    }

    private static String hook(String ws, String url, List<String> privateProjects) {
        Map<String, Object> body = new HashMap<>(Map.of("url", url, "eventTypes", TYPES));
        if (privateProjects != null) {
            body.put("privateProjects", privateProjects);
        }
        return asAdmin().body(body).post(path(ws) + "/webhooks").then().statusCode(201).extract().path("id");
    }

    private static String item(String ws, String project, String title) {
        return asAdmin().body(Map.of("project", project, "title", title)).post(path(ws) + "/work-items").then()
                .statusCode(201).extract().path("key");
    }

    private static String path(String ws) {
        return "/api/v1/workspaces/" + ws;
    }
}
