package io.worklane.api.calendar;

import static io.restassured.RestAssured.given;
import static io.worklane.api.calendar.Feeds.fetch;
import static io.worklane.api.calendar.Feeds.fetchAndParse;
import static io.worklane.api.calendar.Feeds.prop;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.worklane.api.support.PostgresResource;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Calendar feeds over REST: created once with their secret URL, listed, fetched without a credential, revoked. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CalendarFeedsRestTest {
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    static String feeds(String ws) {
        return "/api/v1/workspaces/" + ws + "/calendar-feeds";
    }

    static String ical(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static String anItem(String ws, Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201)
                .extract().path("key");
    }

    @Test
    void a_project_feed_is_created_once_listed_fetched_and_revoked() {
        String ws = aWorkspace();
        aProject(ws, "CAL");
        String tricky = "Ship, the; build\nthen \\ celebrate";
        String due = anItem(ws, Map.of("project", "CAL", "title", tricky, "dueDate", TODAY.plusDays(10).toString()));
        anItem(ws, Map.of("project", "CAL", "title", "Launch", "type", "MILESTONE",
                "startDate", TODAY.plusDays(30).toString()));
        anItem(ws, Map.of("project", "CAL", "title", "Long ago", "dueDate", TODAY.minusDays(200).toString()));
        anItem(ws, Map.of("project", "CAL", "title", "Far ahead", "dueDate", TODAY.plusDays(400).toString()));
        anItem(ws, Map.of("project", "CAL", "title", "Undated"));

        JsonPath created = asAdmin().header("Idempotency-Key", "feed-1").body(Map.of("scope", "PROJECT", "project", "CAL"))
                .post(feeds(ws)).then().statusCode(201).header("Location", notNullValue())
                .header("Cache-Control", "no-store").body("projectKey", equalTo("CAL"))
                .body("owner.kind", equalTo("API_KEY")).extract().jsonPath();
        String id = created.getString("id");
        String url = created.getString("url");
        assertThat(url).matches("http://[^/]+/api/v1/calendar/wlcal_[0-9A-Za-z]{40}\\.ics")
                .contains(created.getString("tokenPrefix"));
        asAdmin().header("Idempotency-Key", "feed-1").body(Map.of("scope", "PROJECT", "project", "CAL"))
                .post(feeds(ws)).then().statusCode(201).body("id", equalTo(id)).body("url", nullValue());
        asAdmin().get(feeds(ws)).then().statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].url", nullValue()).body("items[0].scope", equalTo("PROJECT"));

        Feeds.Parsed feed = fetchAndParse(url);
        assertThat(feed.name()).startsWith("Worklane: CAL");
        assertThat(feed.summaries()).containsExactly("Due " + due + ": " + tricky, "Milestone CAL-2: Launch");
        VEvent item = feed.event("Due " + due);
        assertThat(prop(item, "DTSTART")).isEqualTo(ical(TODAY.plusDays(10)));
        assertThat(item.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(prop(item, "DTEND")).isEqualTo(ical(TODAY.plusDays(11)));
        assertThat(prop(feed.event("Milestone"), "DTSTART")).isEqualTo(ical(TODAY.plusDays(30)));
        assertThat(feed.text()).contains("SUMMARY:Due " + due + ": Ship\\, the\\; build\\nthen \\\\ celebrate\r\n");

        Response again = fetch(url);
        assertThat(again.asString()).isEqualTo(feed.text());
        String etag = again.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(again.header("Cache-Control")).contains("max-age");
        given().header("If-None-Match", etag).get(Feeds.pathOf(url)).then().statusCode(304);

        asAdmin().delete(feeds(ws) + "/" + id).then().statusCode(204);
        fetch(url).then().statusCode(404).body("code", equalTo("LINK_NOT_VALID"));
        asAdmin().get(feeds(ws)).then().statusCode(200).body("items.id", equalTo(List.of()));
        asAdmin().delete(feeds(ws) + "/" + id).then().statusCode(404).body("code", equalTo("CALENDAR_FEED_NOT_FOUND"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events?limit=100").then().statusCode(200)
                .body("items.type", hasItems("calendar_feed.created", "calendar_feed.revoked"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/audit-events?limit=100").then().statusCode(200)
                .body("items.action", hasItems("calendar_feed.created", "calendar_feed.revoked"));
    }

    @Test
    void an_event_keeps_its_uid_and_its_sequence_follows_the_items_version() {
        String ws = aWorkspace();
        aProject(ws, "SEQ");
        String key = anItem(ws, Map.of("project", "SEQ", "title", "Review", "dueDate", TODAY.plusDays(3).toString()));
        String url = projectFeed(ws, "SEQ");

        VEvent before = fetchAndParse(url).event("Due " + key);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("title", "Review, again",
                "dueDate", TODAY.plusDays(5).toString())).patch("/api/v1/workspaces/" + ws + "/work-items/" + key)
                .then().statusCode(200);
        VEvent after = fetchAndParse(url).event("Due " + key);

        assertThat(prop(after, "UID")).isEqualTo(prop(before, "UID"));
        assertThat(Long.parseLong(prop(after, "SEQUENCE"))).isGreaterThan(Long.parseLong(prop(before, "SEQUENCE")));
        assertThat(prop(after, "DTSTART")).isEqualTo(ical(TODAY.plusDays(5)));
        assertThat(prop(after, "SUMMARY")).isEqualTo("Due " + key + ": Review, again");
    }

    @Test
    void a_long_title_is_folded_at_75_octets_and_reads_back_whole() {
        String ws = aWorkspace();
        aProject(ws, "FLD");
        String title = "Prüfung der Übersetzungen für 日本語 und emoji 🎉, ein sehr langer Titel; ".repeat(5).trim();
        String key = anItem(ws, Map.of("project", "FLD", "title", title, "dueDate", TODAY.toString()));

        Feeds.Parsed feed = fetchAndParse(projectFeed(ws, "FLD"));

        assertThat(feed.text().split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(feed.text()).doesNotContain("\n\r").contains("\r\n ");
        assertThat(prop(feed.event("Due " + key), "SUMMARY")).isEqualTo("Due " + key + ": " + title);
    }

    @Test
    void unknown_malformed_and_revoked_tokens_are_the_same_404() {
        String unknown = "/api/v1/calendar/wlcal_" + "A".repeat(40) + ".ics";
        String malformed = "/api/v1/calendar/not-a-token.ics";
        for (String path : List.of(unknown, malformed)) {
            given().get(path).then().statusCode(404).body("code", equalTo("LINK_NOT_VALID"));
            // as a calendar client asks: the refusal is still a problem, not a 406
            given().accept("text/calendar").get(path).then().statusCode(404).body("code", equalTo("LINK_NOT_VALID"));
        }
    }

    @Test
    void what_a_feed_needs_is_checked_when_it_is_created() {
        String ws = aWorkspace();
        aProject(ws, "CHK");
        asAdmin().body(Map.of("scope", "MEMBER")).post(feeds(ws)).then().statusCode(422)
                .body("code", equalTo("NOT_A_PERSON"));
        asAdmin().body(Map.of("scope", "PROJECT")).post(feeds(ws)).then().statusCode(400)
                .body("errors[0].field", equalTo("project"));
        asAdmin().body(Map.of("scope", "PROJECT", "project", "NOPE")).post(feeds(ws)).then().statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"));
        asAdmin().body(Map.of("scope", "WEEKLY")).post(feeds(ws)).then().statusCode(400);
        asAdmin().get(feeds(ws)).then().statusCode(200).body("items.id", equalTo(List.of()));
    }

    static String projectFeed(String ws, String project) {
        return asAdmin().body(Map.of("scope", "PROJECT", "project", project)).post(feeds(ws)).then().statusCode(201)
                .extract().path("url");
    }
}
