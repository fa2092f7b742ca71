package io.worklane.api.application.automation;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Time-based rules: claimed once whatever the number of schedulers, each run logged. */
@QuarkusTest
@TestProfile(SchedulerOnProfile.class)
@WithTestResource(PostgresResource.class)
class AutomationSchedulerTest {
    /** Past every rule's next yearly run: the ticking scheduler (real time) never reaches it. */
    private static final Instant NEXT_YEAR = Instant.now().plus(Duration.ofDays(400));

    @Inject
    AutomationScheduler scheduler;

    private static String rules(String ws) {
        return "/api/v1/workspaces/" + ws + "/automation-rules";
    }

    private static String aRule(String ws, Map<String, Object> rule) {
        return asAdmin().body(rule).post(rules(ws)).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> yearly() {
        return Map.of("type", "SCHEDULE", "cron", "0 0 1 1 *", "timeZone", "UTC");
    }

    private static JsonPath runs(String ws, String ruleId) {
        return asAdmin().get(rules(ws) + "/" + ruleId + "/runs").then().statusCode(200).extract().jsonPath();
    }

    private int runDueRules(Instant now) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> scheduler.runDueRules(now));
    }

    @Test
    void two_schedulers_claiming_at_once_never_run_a_rule_twice() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "SC");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(aRule(ws, Map.of("name", "Weekly " + i, "trigger", yearly(), "actions", List.of(Map.of(
                    "type", "CREATE_WORK_ITEM", "title", "Review " + i, "projectKey", "SC")))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claimers.add(pool.submit((Callable<Integer>) () -> {
                    try {
                        return runDueRules(NEXT_YEAR);
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            int ran = 0;
            for (Future<Integer> claimer : claimers) {
                ran += claimer.get();
            }
            assertThat(ran).isGreaterThanOrEqualTo(ids.size());
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            JsonPath log = runs(ws, id);
            assertThat(log.getList("items.status", String.class)).as("runs of rule %s", id).containsExactly("SUCCEEDED");
            assertThat(log.getString("items[0].workItemId")).isNull();
        }
        assertThat(asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?project=SC").then().statusCode(200)
                .extract().jsonPath().getList("items.title", String.class)).hasSize(ids.size());
    }

    @Test
    void a_schedule_with_a_condition_acts_on_the_items_matching_it() throws Throwable {
        String ws = aWorkspace();
        aProject(ws, "SM");
        String high = asAdmin().body(Map.of("project", "SM", "title", "Hot", "priority", "HIGH"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).extract().path("key");
        String low = asAdmin().body(Map.of("project", "SM", "title", "Cold", "priority", "LOW"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).extract().path("key");
        String rule = aRule(ws, Map.of("name", "Nag", "project", "SM", "trigger", yearly(), "condition",
                "priority = HIGH", "actions", List.of(Map.of("type", "ADD_COMMENT", "text", "Still hot?"))));

        runDueRules(NEXT_YEAR);

        assertThat(comments(ws, high)).containsExactly("Still hot?");
        assertThat(comments(ws, low)).isEmpty();
        assertThat(runs(ws, rule).getList("items.status", String.class)).containsExactly("SUCCEEDED");
    }

    @Test
    void due_date_within_fires_once_per_item_and_due_date() throws Throwable {
        String ws = aWorkspace();
        aProject(ws, "DD");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String soon = anItemDue(ws, "Soon", today.plusDays(1));
        String later = anItemDue(ws, "Later", today.plusDays(10));
        String rule = aRule(ws, Map.of("name", "Due soon", "project", "DD", "trigger",
                Map.of("type", "DUE_DATE_WITHIN", "days", 3), "actions",
                List.of(Map.of("type", "ADD_COMMENT", "text", "Due soon"))));
        Instant now = Instant.now();

        runDueRules(now);
        // the ticking scheduler may have claimed the rule (due at once on creation) before this run did:
        // then it is its transaction that adds the comment
        awaitComment(ws, soon);
        runDueRules(now.plus(Duration.ofHours(1))); // due again after its sweep interval: nothing new to fire on

        assertThat(comments(ws, soon)).containsExactly("Due soon");
        assertThat(comments(ws, later)).isEmpty();
        asAdmin().contentType("application/merge-patch+json").body(Map.of("dueDate", today.plusDays(2).toString()))
                .patch("/api/v1/workspaces/" + ws + "/work-items/" + soon).then().statusCode(200);
        runDueRules(now.plus(Duration.ofHours(2)));
        assertThat(comments(ws, soon)).containsExactly("Due soon", "Due soon");
        assertThat(runs(ws, rule).getList("items.status", String.class)).containsExactly("SUCCEEDED", "SUCCEEDED");
    }

    @Test
    void the_scheduler_runs_due_rules_by_itself() throws InterruptedException {
        String ws = aWorkspace();
        aProject(ws, "TK");
        String due = anItemDue(ws, "Today", LocalDate.now(ZoneOffset.UTC));
        aRule(ws, Map.of("name", "Due today", "trigger", Map.of("type", "DUE_DATE_WITHIN", "days", 0),
                "actions", List.of(Map.of("type", "ADD_COMMENT", "text", "Due today"))));
        awaitComment(ws, due);
        assertThat(comments(ws, due)).containsExactly("Due today");
    }

    private static void awaitComment(String ws, String item) throws InterruptedException {
        for (int i = 0; i < 150 && comments(ws, item).isEmpty(); i++) {
            Thread.sleep(100);
        }
    }

    private static String anItemDue(String ws, String title, LocalDate due) {
        return asAdmin().body(Map.of("project", projectOf(ws), "title", title, "dueDate", due.toString()))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).extract().path("key");
    }

    private static String projectOf(String ws) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/projects").then().statusCode(200).extract()
                .path("items[0].key");
    }

    private static List<String> comments(String ws, String item) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + item + "/comments").then().statusCode(200)
                .extract().jsonPath().getList("items.body", String.class);
    }
}
