package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.anItem;
import static io.worklane.api.planning.Planning.depends;
import static io.worklane.api.planning.Planning.finishToStart;
import static io.worklane.api.planning.Planning.items;
import static io.worklane.api.planning.Planning.project;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schedule over REST: dates on the workspace calendar, critical path, warnings, apply and conflicts. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ScheduleRestTest {

    /** A project starting Monday 2026-12-14 with a target of Thursday 2026-12-31. */
    private static String aProjectFrom14December(String ws, String key) {
        asAdmin().body(Map.of("key", key, "name", "Launch " + key, "kind", "PROJECT", "startDate", "2026-12-14",
                "targetDate", "2026-12-31")).post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        return key;
    }

    @Test
    void the_schedule_follows_the_calendar_with_its_holidays_and_names_the_critical_path() {
        String ws = aWorkspace();
        aProjectFrom14December(ws, "ENG");
        asAdmin().body(Map.of("date", "2026-12-18", "name", "Company day")).post("/api/v1/workspaces/" + ws
                + "/holidays").then().statusCode(201);
        String design = anItem(ws, "ENG", "Design", "2026-12-14", "2026-12-16");
        String build = asAdmin().body(Map.of("project", "ENG", "title", "Build", "estimateMinutes", 24 * 60))
                .post(items(ws)).then().statusCode(201).extract().path("key");
        String docs = asAdmin().body(Map.of("project", "ENG", "title", "Docs", "estimateMinutes", 480))
                .post(items(ws)).then().statusCode(201).extract().path("key");
        String launch = asAdmin().body(Map.of("project", "ENG", "title", "Launch", "type", "MILESTONE",
                "dueDate", "2026-12-23")).post(items(ws)).then().statusCode(201).extract().path("key");
        String vague = anItem(ws, "ENG", "Someday", null, null);
        finishToStart(ws, build, design);
        finishToStart(ws, docs, design);
        finishToStart(ws, launch, build);
        finishToStart(ws, launch, docs);
        asAdmin().get(project(ws, "ENG") + "/schedule").then().statusCode(200)
                .body("projectKey", equalTo("ENG")).body("start", equalTo("2026-12-14"))
                .body("earliestFinish", equalTo("2026-12-22")).body("targetDate", equalTo("2026-12-31"))
                .body("finishVarianceDays", equalTo(-7))
                .body("criticalPaths", contains(contains(design, build, launch)))
                .body("items.find { it.key == '" + build + "' }.earlyStart", equalTo("2026-12-17"))
                .body("items.find { it.key == '" + build + "' }.earlyFinish", equalTo("2026-12-22"))
                .body("items.find { it.key == '" + build + "' }.critical", equalTo(true))
                .body("items.find { it.key == '" + docs + "' }.totalFloat", equalTo(2))
                .body("items.find { it.key == '" + docs + "' }.freeFloat", equalTo(2))
                .body("items.find { it.key == '" + docs + "' }.lateStart", equalTo("2026-12-22"))
                .body("items.find { it.key == '" + launch + "' }.durationDays", equalTo(0))
                .body("items.find { it.key == '" + vague + "' }.durationDays", nullValue())
                .body("warnings", hasSize(1)).body("warnings[0]", containsString(vague + " is unscheduled"));
    }

    @Test
    void an_edit_that_breaks_a_dependency_is_accepted_shown_as_a_conflict_and_resolved_by_apply() {
        String ws = aWorkspace();
        aProjectFrom14December(ws, "APP");
        String spec = anItem(ws, "APP", "Spec", "2026-12-14", "2026-12-16");
        String build = anItem(ws, "APP", "Build", "2026-12-21", "2026-12-22");
        depends(ws, build, spec, "FS", 2).statusCode(201);
        asAdmin().get(items(ws) + "/" + build).then().body("scheduleConflicts", hasSize(0))
                .body("blocked", equalTo(true));
        // moved before the spec is even finished: accepted, and the conflict says by how much
        asAdmin().contentType("application/merge-patch+json").body(Map.of("startDate", "2026-12-16",
                "dueDate", "2026-12-17")).patch(items(ws) + "/" + build).then().statusCode(200)
                .body("scheduleConflicts", hasSize(1)).body("scheduleConflicts[0].predecessor", equalTo(spec))
                .body("scheduleConflicts[0].type", equalTo("FS")).body("scheduleConflicts[0].lagDays", equalTo(2))
                .body("scheduleConflicts[0].days", equalTo(3))
                .body("scheduleConflicts[0].earliest", equalTo("2026-12-21"));
        asAdmin().get(items(ws) + "?project=APP").then()
                .body("items.find { it.key == '" + build + "' }.scheduleConflicts", hasSize(1));
        asAdmin().body(Map.of("dryRun", true)).post(project(ws, "APP") + "/schedule/apply").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("changes.field", contains("startDate", "dueDate"))
                .body("changes[0].key", equalTo(build)).body("changes[0].from", equalTo("2026-12-16"))
                .body("changes[0].to", equalTo("2026-12-21")).body("changes[1].to", equalTo("2026-12-22"))
                .body("changes[0].why", containsString(spec + " finishes on 2026-12-16 (FS, lag 2)"));
        asAdmin().get(items(ws) + "/" + build).then().body("startDate", equalTo("2026-12-16"));
        asAdmin().body(Map.of("dryRun", false)).post(project(ws, "APP") + "/schedule/apply").then().statusCode(200)
                .body("changes", hasSize(2));
        asAdmin().get(items(ws) + "/" + build).then().body("startDate", equalTo("2026-12-21"))
                .body("dueDate", equalTo("2026-12-22")).body("scheduleConflicts", hasSize(0));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItem("project.schedule_applied"))
                .body("items.findAll { it.type == 'work_item.updated' }.data.key", hasItem(build));
        asAdmin().get(items(ws) + "/" + build + "/activity").then().body("items.field", hasItem("startDate"));
        asAdmin().body(Map.of()).post(project(ws, "APP") + "/schedule/apply").then().statusCode(200)
                .body("changes", hasSize(0));
    }

    @Test
    void constraints_hold_items_back_or_show_negative_float_and_types_filter_lists() {
        String ws = aWorkspace();
        aProjectFrom14December(ws, "CON");
        String a = anItem(ws, "CON", "A", "2026-12-14", "2026-12-17");
        String b = asAdmin().body(Map.of("project", "CON", "title", "B", "estimateMinutes", 960,
                "finishNoLaterThan", "2026-12-17")).post(items(ws)).then().statusCode(201)
                .body("finishNoLaterThan", equalTo("2026-12-17")).extract().path("key");
        String c = asAdmin().body(Map.of("project", "CON", "title", "C", "type", "MILESTONE", "dueDate",
                "2026-12-31", "startNoEarlierThan", "2026-12-28")).post(items(ws)).then().statusCode(201)
                .extract().path("key");
        finishToStart(ws, b, a);
        asAdmin().get(project(ws, "CON") + "/schedule").then().statusCode(200)
                .body("items.find { it.key == '" + b + "' }.earlyFinish", equalTo("2026-12-21"))
                .body("items.find { it.key == '" + b + "' }.totalFloat", equalTo(-2))
                .body("items.find { it.key == '" + b + "' }.critical", equalTo(true))
                .body("items.find { it.key == '" + c + "' }.earlyStart", equalTo("2026-12-28"));
        asAdmin().get(items(ws) + "?project=CON&type=MILESTONE").then().statusCode(200)
                .body("items.key", contains(c));
        asAdmin().get(items(ws) + "?type=EPIC_ISH").then().statusCode(400);
        asAdmin().body(Map.of("project", "CON", "title", "Bad", "startNoEarlierThan", "2026-12-20",
                "finishNoLaterThan", "2026-12-19")).post(items(ws)).then().statusCode(400)
                .body("errors.field", hasItem("finishNoLaterThan"));
        asAdmin().body(Map.of("project", "CON", "title", "Bad", "startDate", "2026-12-20", "dueDate", "2026-12-19"))
                .post(items(ws)).then().statusCode(400).body("errors.field", hasItem("dueDate"));
    }

    @Test
    void another_workspaces_project_has_no_schedule_for_the_caller() {
        String ours = aWorkspace();
        String theirs = aWorkspace();
        aProjectFrom14December(theirs, "THR");
        asAdmin().get(project(ours, "THR") + "/schedule").then().statusCode(404);
        asAdmin().body(Map.of("dryRun", true)).post(project(ours, "THR") + "/schedule/apply").then().statusCode(404);
    }

    @Test
    void milestones_are_on_track_at_risk_by_their_slip_missed_or_done() {
        String ws = aWorkspace();
        aProjectFrom14December(ws, "MS");
        String design = anItem(ws, "MS", "Design", "2026-12-14", "2026-12-16");
        String build = asAdmin().body(Map.of("project", "MS", "title", "Build", "estimateMinutes", 24 * 60))
                .post(items(ws)).then().statusCode(201).extract().path("key");
        String early = milestone(ws, "MS", "Too early", "2026-12-17");
        String fine = milestone(ws, "MS", "Fine", "2026-12-31");
        String past = milestone(ws, "MS", "Kick-off", "2026-12-01");
        finishToStart(ws, build, design);
        finishToStart(ws, early, build);
        finishToStart(ws, fine, build);
        Planning.move(ws, fine, "done").statusCode(200);
        asAdmin().get(project(ws, "MS") + "/milestones").then().statusCode(200)
                .body("items.key", contains(early, fine, past))
                .body("items[0].status", equalTo("AT_RISK")).body("items[0].forecast", equalTo("2026-12-21"))
                .body("items[0].slipDays", equalTo(2)).body("items[0].date", equalTo("2026-12-17"))
                .body("items[1].status", equalTo("DONE")).body("items[2].status", equalTo("MISSED"))
                .body("items[2].slipDays", equalTo(0));
        asAdmin().body(Map.of("project", "MS", "title", "Span", "type", "MILESTONE", "startDate", "2026-12-14",
                "dueDate", "2026-12-15")).post(items(ws)).then().statusCode(400)
                .body("errors.code", hasItem("MILESTONE_HAS_NO_DURATION"));
    }

    private static String milestone(String ws, String project, String title, String date) {
        return asAdmin().body(Map.of("project", project, "title", title, "type", "MILESTONE", "dueDate", date))
                .post(items(ws)).then().statusCode(201).extract().path("key");
    }
}
