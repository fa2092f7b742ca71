package io.worklane.api.recurrence;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recurring series over REST: CRUD with If-Match and Idempotency-Key, rules checked on save, ending. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RecurrencesRestTest {

    static String recurrences(String ws) {
        return "/api/v1/workspaces/" + ws + "/recurrences";
    }

    /** Every Monday at 09:00 in Berlin from 7 January 2030 (08:00 UTC in winter). */
    static Map<String, Object> weekly(String project, String rrule) {
        return Map.of("project", project, "rrule", rrule, "dtstart", "2030-01-07T09:00:00",
                "timeZone", "Europe/Berlin", "template", Map.of("title", "Weekly report {date}", "priority", "HIGH",
                        "labels", List.of("report"), "estimateMinutes", 60, "dueInDays", 4));
    }

    static String aSeries(String ws, Map<String, Object> body) {
        return asAdmin().body(body).post(recurrences(ws)).then().statusCode(201).extract().path("id");
    }

    @Test
    void a_series_is_started_changed_with_its_version_and_ended() {
        String ws = aWorkspace();
        aProject(ws, "RC");
        JsonPath created = asAdmin().header("Idempotency-Key", "rec-1").body(weekly("RC", "FREQ=WEEKLY;BYDAY=MO"))
                .post(recurrences(ws)).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ACTIVE")).body("nextOccurrenceAt", equalTo("2030-01-07T08:00:00Z"))
                .body("template.title", equalTo("Weekly report {date}")).body("template.dueInDays", equalTo(4))
                .body("occurrences", equalTo(0)).extract().jsonPath();
        String id = created.getString("id");
        asAdmin().header("Idempotency-Key", "rec-1").body(weekly("RC", "FREQ=WEEKLY;BYDAY=MO")).post(recurrences(ws))
                .then().statusCode(201).body("id", equalTo(id));
        asAdmin().get(recurrences(ws)).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        asAdmin().get(recurrences(ws) + "?project=RC").then().statusCode(200).body("items.id", equalTo(List.of(id)));

        String series = recurrences(ws) + "/" + id;
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("rrule", "FREQ=WEEKLY;BYDAY=TU", "template", Map.of("dueInDays", 1)))
                .patch(series).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("nextOccurrenceAt", equalTo("2030-01-08T08:00:00Z")).body("template.dueInDays", equalTo(1))
                .body("template.title", equalTo("Weekly report {date}"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("rrule", "FREQ=DAILY")).patch(series).then().statusCode(412);

        asAdmin().header("If-Match", "\"1\"").post(series + "/end").then().statusCode(200)
                .body("status", equalTo("ENDED")).body("nextOccurrenceAt", nullValue());
        asAdmin().post(series + "/end").then().statusCode(409).body("code", equalTo("RECURRENCE_ENDED"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("rrule", "FREQ=DAILY")).patch(series)
                .then().statusCode(409).body("code", equalTo("RECURRENCE_ENDED"));
        asAdmin().get(series).then().statusCode(200).header("ETag", equalTo("\"2\"")).body("status", equalTo("ENDED"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItems("recurrence.created", "recurrence.updated", "recurrence.ended"));
    }

    @Test
    void rules_that_do_not_parse_fire_too_often_or_never_are_refused_with_what_is_wrong() {
        String ws = aWorkspace();
        aProject(ws, "RV");
        refused(ws, weekly("RV", "FREQ=SOMETIMES"), "SOMETIMES");
        refused(ws, weekly("RV", "every monday"), "Invalid recurrence rule");
        refused(ws, weekly("RV", "FREQ=MINUTELY"), "more often than hourly");
        refused(ws, weekly("RV", "FREQ=HOURLY;BYMINUTE=0,30"), "more often than hourly");
        refused(ws, weekly("RV", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), "never fires");
        Map<String, Object> past = new java.util.HashMap<>(weekly("RV", "FREQ=DAILY;UNTIL=20210101T000000"));
        past.put("dtstart", "2020-01-01T09:00:00");
        refused(ws, past, "no occurrence from now on");
        Map<String, Object> badZone = new java.util.HashMap<>(weekly("RV", "FREQ=DAILY"));
        badZone.put("timeZone", "Mars/Olympus");
        refused(ws, badZone, "Unknown timeZone");
        Map<String, Object> badStart = new java.util.HashMap<>(weekly("RV", "FREQ=DAILY"));
        badStart.put("dtstart", "2030-01-07T09:00:00+01:00");
        asAdmin().body(badStart).post(recurrences(ws)).then().statusCode(400);
        asAdmin().get(recurrences(ws)).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_template_naming_unknown_people_or_a_missing_series_is_refused() {
        String ws = aWorkspace();
        aProject(ws, "RP");
        Map<String, Object> body = Map.of("project", "RP", "rrule", "FREQ=DAILY", "dtstart", "2030-01-07T09:00:00",
                "timeZone", "UTC", "template", Map.of("title", "Daily",
                        "assigneeIds", List.of("0190f0e2-0000-7000-8000-000000000999")));
        asAdmin().body(body).post(recurrences(ws)).then().statusCode(400);
        asAdmin().body(weekly("NOPE", "FREQ=DAILY")).post(recurrences(ws)).then().statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"));
        asAdmin().get(recurrences(ws) + "/0190f0e2-0000-7000-8000-000000000998").then().statusCode(404)
                .body("code", equalTo("RECURRENCE_NOT_FOUND"));
        asAdmin().get(recurrences(ws) + "/not-a-uuid").then().statusCode(404);
        String id = aSeries(ws, weekly("RP", "FREQ=DAILY"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("template", Map.of("colour", "red")))
                .patch(recurrences(ws) + "/" + id).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("template", Map.of("dueInDays", -3)))
                .patch(recurrences(ws) + "/" + id).then().statusCode(400);
        assertThat(asAdmin().get(recurrences(ws) + "/" + id).then().statusCode(200).extract().<Integer>path("version"))
                .isZero();
    }

    private static void refused(String ws, Map<String, Object> body, String saying) {
        asAdmin().body(body).post(recurrences(ws)).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_RECURRENCE"))
                .body("detail", containsString(saying));
    }
}
