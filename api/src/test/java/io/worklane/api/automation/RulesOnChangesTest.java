package io.worklane.api.automation;

import static io.worklane.api.automation.Rules.aRule;
import static io.worklane.api.automation.Rules.comments;
import static io.worklane.api.automation.Rules.created;
import static io.worklane.api.automation.Rules.item;
import static io.worklane.api.automation.Rules.json;
import static io.worklane.api.automation.Rules.move;
import static io.worklane.api.automation.Rules.runs;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules triggered by a change run in its transaction, as the rule, and each run is logged. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RulesOnChangesTest {
    @Inject
    Pool pool;

    private static String anItem(String ws, String project, String title, String priority) {
        return asAdmin().body(Map.of("project", project, "title", title, "priority", priority))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).extract().path("key");
    }

    @Test
    void thank_on_close_comments_when_a_high_priority_item_is_done_and_not_otherwise() {
        String ws = aWorkspace();
        aProject(ws, "TC");
        Map<String, Object> rule = aRule("Thank on close", json("type", "TRANSITIONED", "to", "done"),
                json("type", "ADD_COMMENT", "text", "Closed"));
        rule.put("project", "TC");
        rule.put("condition", "priority = HIGH");
        String ruleId = created(ws, rule);
        String high = anItem(ws, "TC", "Urgent fix", "HIGH");
        String low = anItem(ws, "TC", "Nice to have", "LOW");

        move(ws, high, "in_progress");
        assertThat(comments(ws, high)).isEmpty();
        move(ws, high, "done");
        assertThat(comments(ws, high)).containsExactly("Closed");
        move(ws, low, "done");
        assertThat(comments(ws, low)).isEmpty();

        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + high + "/comments").then()
                .body("items[0].author.kind", equalTo("SYSTEM")).body("items[0].author.id", equalTo("rule:" + ruleId))
                .body("items[0].author.name", equalTo("Thank on close"));
        JsonPath log = runs(ws, ruleId);
        assertThat(log.getList("items.status", String.class)).containsExactly("SUCCEEDED");
        assertThat(log.getInt("items[0].depth")).isEqualTo(1);
        assertThat(log.getString("items[0].workItemId")).isEqualTo(item(ws, high).extract().path("id"));
    }

    @Test
    void a_field_change_triggers_the_rules_watching_that_field_and_the_answer_shows_what_they_did() {
        String ws = aWorkspace();
        aProject(ws, "FC");
        String ruleId = created(ws, aRule("Escalate", json("type", "FIELD_CHANGED", "field", "priority"),
                json("type", "SET_FIELD", "field", "labels", "value", List.of("escalated"))));
        String key = anItem(ws, "FC", "Item", "LOW");

        asAdmin().contentType("application/merge-patch+json").body(Map.of("title", "Renamed"))
                .patch("/api/v1/workspaces/" + ws + "/work-items/" + key).then().statusCode(200)
                .body("labels", equalTo(List.of()));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("priority", "URGENT"))
                .patch("/api/v1/workspaces/" + ws + "/work-items/" + key).then().statusCode(200)
                .body("labels", contains("escalated")).body("version", equalTo(3));
        item(ws, key).body("labels", contains("escalated")).header("ETag", equalTo("\"3\""));
        assertThat(runs(ws, ruleId).getList("items.status", String.class)).containsExactly("SUCCEEDED");
    }

    @Test
    void a_rule_creates_a_child_item_of_a_new_bug_in_the_same_transaction() {
        String ws = aWorkspace();
        aProject(ws, "CW");
        Map<String, Object> rule = aRule("Regression test for every bug", json("type", "ITEM_CREATED"),
                json("type", "CREATE_WORK_ITEM", "title", "Write a regression test", "asChild", true));
        rule.put("condition", "type = BUG");
        String ruleId = created(ws, rule);

        String bug = asAdmin().body(Map.of("project", "CW", "title", "Crash", "type", "BUG"))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201).extract().path("id");
        anItem(ws, "CW", "A task", "NONE");

        JsonPath items = asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?sort=createdAt").then().statusCode(200)
                .extract().jsonPath();
        assertThat(items.getList("items.title", String.class))
                .containsExactly("Crash", "Write a regression test", "A task");
        assertThat(items.getString("items[1].parentId")).isEqualTo(bug);
        assertThat(runs(ws, ruleId).getList("items.status", String.class)).containsExactly("SUCCEEDED");
    }

    @Test
    void a_refused_transition_fails_the_run_with_its_reason_and_the_change_that_triggered_it_stays() {
        String ws = aWorkspace();
        aProject(ws, "RF");
        String wf = asAdmin().body(Map.of("template", "software_delivery", "name", "Delivery"))
                .post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("workflow", wf)).patch("/api/v1/workspaces/" + ws + "/projects/RF").then().statusCode(200);
        Map<String, Object> rule = aRule("Start at once", json("type", "TRANSITIONED", "to", "todo"),
                json("type", "TRANSITION", "to", "in_progress"));
        rule.put("project", "RF");
        String ruleId = created(ws, rule);
        String key = anItem(ws, "RF", "Story", "NONE");

        move(ws, key, "todo").body("workItem.status", equalTo("todo"));
        item(ws, key).body("status", equalTo("todo"));
        JsonPath log = runs(ws, ruleId);
        assertThat(log.getList("items.status", String.class)).containsExactly("FAILED");
        assertThat(log.getString("items[0].message")).contains("actions[0] TRANSITION").contains("assignees");
    }

    @Test
    void a_new_item_is_assigned_and_announced_by_the_rule_in_its_own_name() {
        String ws = aWorkspace();
        aProject(ws, "AE");
        String ada = aMember(ws, "ada-" + ws + "@example.com");
        String ruleId = created(ws, json("name", "Welcome", "trigger", json("type", "ITEM_CREATED"), "actions", List.of(
                json("type", "ASSIGN", "memberIds", List.of(ada)),
                json("type", "EMIT_EVENT", "name", "item.welcomed", "data", Map.of("greeting", "hi")))));

        asAdmin().body(Map.of("project", "AE", "title", "Newcomer")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(201).body("assigneeIds", contains(ada)).body("version", equalTo(1));

        List<String> events = new ArrayList<>();
        pool.preparedQuery("SELECT e.type || ' by ' || e.actor_kind || ' ' || e.actor_id || ' ' || e.data::text AS line"
                        + " FROM events e JOIN workspaces w ON w.id = e.workspace_id WHERE w.slug = $1"
                        + " AND e.type IN ('work_item.updated', 'custom.item.welcomed') ORDER BY e.seq")
                .execute(Tuple.of(ws)).await().indefinitely().forEach(r -> events.add(r.getString("line")));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("work_item.updated by SYSTEM rule:" + ruleId).contains(ada);
        assertThat(events.get(1)).startsWith("custom.item.welcomed by SYSTEM rule:" + ruleId)
                .contains("\"greeting\": \"hi\"").contains("\"name\": \"Welcome\"").contains("Newcomer");
    }
}
