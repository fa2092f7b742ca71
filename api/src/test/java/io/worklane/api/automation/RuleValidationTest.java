package io.worklane.api.automation;

import static io.worklane.api.automation.Rules.aRule;
import static io.worklane.api.automation.Rules.created;
import static io.worklane.api.automation.Rules.json;
import static io.worklane.api.automation.Rules.refused;
import static io.worklane.api.automation.Rules.rules;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad rule is refused with every problem at its path, and nothing is saved; a good one reads back as written. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RuleValidationTest {
    private static final Map<String, Object> COMMENT = json("type", "ADD_COMMENT", "text", "Hi");

    @Test
    void unknown_trigger_type_bad_cron_and_malformed_condition_are_refused_together() {
        String ws = aWorkspace();
        Map<String, Object> rule = aRule("Bad", json("type", "WHENEVER"), COMMENT);
        rule.put("condition", "priority = = HIGH");
        refused(ws, rule).body("errors.field", hasItem("trigger.type")).body("errors.field", hasItem("condition"))
                .body("errors.find { it.field == 'trigger.type' }.code", equalTo("UNKNOWN_TYPE"));
        refused(ws, aRule("Bad cron", json("type", "SCHEDULE", "cron", "61 * * * *", "timeZone", "UTC"),
                json("type", "CREATE_WORK_ITEM", "title", "Weekly", "projectKey", "NOPE")))
                .body("errors.field", hasItem("trigger.cron"));
        asAdmin().get(rules(ws)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void empty_actions_are_refused() {
        String ws = aWorkspace();
        asAdmin().body(json("name", "Nothing to do", "trigger", json("type", "ITEM_CREATED"), "actions", List.of()))
                .post(rules(ws)).then().statusCode(400).body("errors.field", contains("actions"));
        asAdmin().body(json("name", "Nothing to do", "trigger", json("type", "ITEM_CREATED")))
                .post(rules(ws)).then().statusCode(400).body("errors.field", contains("actions"));
        asAdmin().get(rules(ws)).then().body("items", hasSize(0));
    }

    @Test
    void states_the_projects_workflows_lack_are_refused_at_their_paths() {
        String ws = aWorkspace();
        aProject(ws, "ST");
        Map<String, Object> rule = aRule("Typo", json("type", "TRANSITIONED", "to", "dnoe", "from", "todo"),
                json("type", "TRANSITION", "to", "shipped"));
        rule.put("project", "ST");
        refused(ws, rule).body("errors.field", containsInAnyOrder("trigger.to", "actions[0].to"))
                .body("errors[0].code", equalTo("UNKNOWN_STATE"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("cancelled, done, in_progress, todo"));
        asAdmin().get(rules(ws)).then().body("items", hasSize(0));
    }

    @Test
    void unknown_members_and_projects_and_item_actions_on_a_schedule_without_items_are_refused() {
        String ws = aWorkspace();
        Map<String, Object> rule = json("name", "Weekly", "trigger", json("type", "SCHEDULE", "cron", "0 9 * * MON",
                "timeZone", "Europe/Berlin"), "actions", List.of(json("type", "ASSIGN", "memberIds",
                List.of("0190c3a4-0000-7000-8000-000000000000")), json("type", "CREATE_WORK_ITEM", "title",
                "Weekly review")));
        refused(ws, rule).body("errors.field", containsInAnyOrder("actions[0].type", "actions[1].projectKey",
                "actions[0].memberIds[0]"));
    }

    @Test
    void a_rule_reads_back_as_written_and_a_patch_replaces_what_it_names() {
        String ws = aWorkspace();
        aProject(ws, "RB");
        Map<String, Object> rule = json("name", "Weekly review", "project", "RB",
                "trigger", json("type", "SCHEDULE", "cron", "0 9 * * MON", "timeZone", "Europe/Berlin"),
                "actions", List.of(json("type", "CREATE_WORK_ITEM", "title", "Weekly review", "itemType", "TASK",
                        "asChild", false), json("type", "EMIT_EVENT", "name", "review.due",
                        "data", Map.of("team", "ops"))));
        String id = created(ws, rule);
        String url = rules(ws) + "/" + id;
        asAdmin().get(url).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("projectKey", equalTo("RB"))
                .body("projectId", notNullValue()).body("enabled", equalTo(true))
                .body("trigger.cron", equalTo("0 9 * * MON")).body("actions[1].name", equalTo("custom.review.due"))
                .body("actions[1].data.team", equalTo("ops"));

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(json("enabled", false, "condition", "type = BUG", "project", null)).patch(url).then()
                .statusCode(200).body("enabled", equalTo(false)).body("condition", equalTo("type = BUG"))
                .body("projectId", org.hamcrest.Matchers.nullValue()).body("version", equalTo(1))
                .body("actions", hasSize(2));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(json("name", "Late"))
                .patch(url).then().statusCode(412);
        asAdmin().contentType("application/merge-patch+json").body(json("colour", "red")).patch(url).then()
                .statusCode(400).body("errors.field", contains("colour"));
        asAdmin().delete(url).then().statusCode(204);
        asAdmin().get(url).then().statusCode(404).body("code", equalTo("AUTOMATION_RULE_NOT_FOUND"));
    }
}
