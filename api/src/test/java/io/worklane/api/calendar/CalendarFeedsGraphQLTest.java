package io.worklane.api.calendar;

import static io.restassured.RestAssured.given;
import static io.worklane.api.calendar.CalendarFeedsRestTest.TODAY;
import static io.worklane.api.calendar.CalendarFeedsRestTest.anItem;
import static io.worklane.api.calendar.Feeds.fetch;
import static io.worklane.api.calendar.Feeds.fetchAndParse;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same feeds, rules and refusals through GraphQL. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CalendarFeedsGraphQLTest {
    private static final String CREATE = "mutation($in: CreateCalendarFeedInput!) { createCalendarFeed(input: $in) {"
            + " url calendarFeed { id scope projectKey tokenPrefix owner { kind } } } }";
    private static final String REVOKE = "mutation($in: RevokeCalendarFeedInput!) { revokeCalendarFeed(input: $in) {"
            + " deletedId } }";
    private static final String LIST = "query($ws: String!) { workspace(idOrSlug: $ws) {"
            + " calendarFeeds(first: 10) { edges { cursor node { id scope tokenPrefix } } pageInfo { hasNextPage } } } }";

    @Test
    void feeds_are_created_listed_and_revoked_through_graphql() {
        String ws = aWorkspace();
        aProject(ws, "GQL");
        String key = anItem(ws, Map.of("project", "GQL", "title", "Through GraphQL", "dueDate", TODAY.toString()));
        Map<String, Object> input = Map.of("workspace", ws, "scope", "PROJECT", "project", "GQL", "idempotencyKey", "gql-feed");

        JsonPath created = post(CREATE, Map.of("in", input)).setRootPath("data.createCalendarFeed");
        String id = created.getString("calendarFeed.id");
        String url = created.getString("url");
        assertThat(created.getString("calendarFeed.projectKey")).isEqualTo("GQL");
        assertThat(url).contains("/api/v1/calendar/" + created.getString("calendarFeed.tokenPrefix"));
        assertThat(fetchAndParse(url).summaries()).containsExactly("Due " + key + ": Through GraphQL");

        JsonPath replayed = post(CREATE, Map.of("in", input)).setRootPath("data.createCalendarFeed");
        assertThat(replayed.getString("calendarFeed.id")).isEqualTo(id);
        assertThat(replayed.getString("url")).isNull();

        JsonPath listed = post(LIST, Map.of("ws", ws)).setRootPath("data.workspace.calendarFeeds");
        assertThat(listed.getList("edges.node.id")).containsExactly(id);
        assertThat(listed.prettify()).doesNotContain(url.substring(url.lastIndexOf('/') + 13));

        assertThat(post(REVOKE, Map.of("in", Map.of("workspace", ws, "id", id))).getString(
                "data.revokeCalendarFeed.deletedId")).isEqualTo(id);
        fetch(url).then().statusCode(404);
        assertThat(post(LIST, Map.of("ws", ws)).getList("data.workspace.calendarFeeds.edges")).isEmpty();
    }

    @Test
    void refusals_carry_the_same_codes_as_rest() {
        String ws = aWorkspace();
        JsonPath member = post(CREATE, Map.of("in", Map.of("workspace", ws, "scope", "MEMBER")));
        assertThat(member.getList("errors.extensions.code")).containsExactly("NOT_A_PERSON");
        JsonPath unknown = post(CREATE, Map.of("in", Map.of("workspace", ws, "scope", "PROJECT", "project", "NOPE")));
        assertThat(unknown.getList("errors.extensions.code")).containsExactly("PROJECT_NOT_FOUND");
        JsonPath revoke = post(REVOKE, Map.of("in", Map.of("workspace", ws, "id", "0190f0e2-0000-7000-8000-000000000031")));
        assertThat(revoke.getList("errors.extensions.code")).containsExactly("CALENDAR_FEED_NOT_FOUND");
        given().get("/api/v1/calendar/nothing.ics").then().statusCode(404).body("code", equalTo("LINK_NOT_VALID"));
    }

    private static JsonPath post(String query, Map<String, Object> variables) {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }
}
