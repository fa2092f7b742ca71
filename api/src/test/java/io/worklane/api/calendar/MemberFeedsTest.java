package io.worklane.api.calendar;

import static io.restassured.RestAssured.given;
import static io.worklane.api.calendar.CalendarFeedsRestTest.TODAY;
import static io.worklane.api.calendar.CalendarFeedsRestTest.anItem;
import static io.worklane.api.calendar.CalendarFeedsRestTest.feeds;
import static io.worklane.api.calendar.Feeds.fetch;
import static io.worklane.api.calendar.Feeds.fetchAndParse;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A member's feed: their assigned items and the milestones, nobody else's; theirs alone; gone when they leave. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class MemberFeedsTest {

    private record Person(String memberId, String token) {
        RequestSpecification api() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    private static Person aPerson(String ws, String role) {
        String email = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
        return new Person(id, Tokens.of(UUID.randomUUID().toString(), email, true));
    }

    @Test
    void a_member_feed_shows_their_items_and_the_milestones_but_not_another_members_items() {
        String ws = aWorkspace();
        aProject(ws, "MBR");
        Person ada = aPerson(ws, "MEMBER");
        Person bob = aPerson(ws, "MEMBER");
        String adas = anItem(ws, Map.of("project", "MBR", "title", "Ada's review", "assigneeIds", List.of(ada.memberId()),
                "dueDate", TODAY.plusDays(2).toString()));
        String bobs = anItem(ws, Map.of("project", "MBR", "title", "Bob's secret", "assigneeIds", List.of(bob.memberId()),
                "dueDate", TODAY.plusDays(2).toString()));
        String milestone = anItem(ws, Map.of("project", "MBR", "title", "Go live", "type", "MILESTONE",
                "dueDate", TODAY.plusDays(20).toString()));

        String url = ada.api().body(Map.of("scope", "MEMBER")).post(feeds(ws)).then().statusCode(201)
                .body("owner.kind", equalTo("MEMBER")).body("owner.id", equalTo(ada.memberId())).extract().path("url");
        String id = ada.api().get(feeds(ws)).then().statusCode(200).extract().path("items[0].id");

        Feeds.Parsed feed = fetchAndParse(url);
        assertThat(feed.summaries()).containsExactly("Due " + adas + ": Ada's review", "Milestone " + milestone + ": Go live");
        assertThat(feed.text()).doesNotContain(bobs).doesNotContain("Bob's secret");

        // someone else's feed does not exist for Bob, nor for the administrator's key
        bob.api().get(feeds(ws)).then().statusCode(200).body("items", equalTo(List.of()));
        bob.api().delete(feeds(ws) + "/" + id).then().statusCode(404).body("code", equalTo("CALENDAR_FEED_NOT_FOUND"));
        asAdmin().delete(feeds(ws) + "/" + id).then().statusCode(404);
        fetch(url).then().statusCode(200);

        // Ada leaves the workspace: her feed shows nothing any more
        asAdmin().delete("/api/v1/workspaces/" + ws + "/members/" + ada.memberId())
                .then().statusCode(204);
        fetch(url).then().statusCode(404).body("code", equalTo("LINK_NOT_VALID"));
    }

    @Test
    void a_feed_shows_nothing_once_its_owner_key_is_revoked_and_a_guest_gets_one_too() {
        String ws = aWorkspace();
        aProject(ws, "ROL");
        Person guest = aPerson(ws, "GUEST");
        String guests = guest.api().body(Map.of("scope", "PROJECT", "project", "ROL")).post(feeds(ws)).then()
                .statusCode(201).extract().path("url");
        fetch(guests).then().statusCode(200);

        JsonPath key = asAdmin().body(Map.of("name", "cal", "scopes", List.of("work_items:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().jsonPath();
        String url = given().header("Authorization", "Bearer " + key.getString("secret")).contentType(ContentType.JSON)
                .body(Map.of("scope", "PROJECT", "project", "ROL")).post(feeds(ws)).then().statusCode(201)
                .body("owner.id", equalTo(key.getString("id"))).extract().path("url");
        fetch(url).then().statusCode(200);

        asAdmin().delete("/api/v1/workspaces/" + ws + "/api-keys/" + key.getString("id")).then().statusCode(204);
        fetch(url).then().statusCode(404).body("code", equalTo("LINK_NOT_VALID"));
        fetch(guests).then().statusCode(200);
    }
}
