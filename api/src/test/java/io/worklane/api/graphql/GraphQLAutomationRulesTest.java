package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.graphql.GraphQLClient.post;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automation rules through GraphQL: trigger and actions as JSON, the same checks as REST, runs per rule. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLAutomationRulesTest {
    private static final String CREATE = "mutation($in: CreateAutomationRuleInput!) { createAutomationRule(input: $in)"
            + " { automationRule { id name enabled projectId trigger condition actions version } } }";
    private static final String LIST = "query($ws: String!) { workspace(idOrSlug: $ws) { automationRules {"
            + " name trigger runs(first: 5) { status depth workItemId message } } } }";

    @Test
    void a_rule_is_created_listed_with_its_runs_changed_and_deleted() {
        String ws = aWorkspace();
        aProject(ws, "GA");
        JsonPath created = ok(CREATE, Map.of("in", Map.of("workspace", ws, "project", "GA", "name", "Thank on close",
                "trigger", Map.of("type", "TRANSITIONED", "to", "done"), "condition", "priority = NONE",
                "actions", List.of(Map.of("type", "ADD_COMMENT", "text", "Closed")))));
        String id = created.getString("data.createAutomationRule.automationRule.id");
        assertThat(created.getString("data.createAutomationRule.automationRule.trigger.to")).isEqualTo("done");
        assertThat(created.getString("data.createAutomationRule.automationRule.actions[0].text")).isEqualTo("Closed");
        assertThat(created.getBoolean("data.createAutomationRule.automationRule.enabled")).isTrue();

        String itemId = aWorkItem(ws, "GA", "Item").extract().path("id");
        asAdmin().body(Map.of("to", "done")).post("/api/v1/workspaces/" + ws + "/work-items/GA-1/transitions").then()
                .statusCode(200);

        JsonPath listed = ok(LIST, Map.of("ws", ws));
        assertThat(listed.getList("data.workspace.automationRules.name", String.class)).containsExactly("Thank on close");
        assertThat(listed.getList("data.workspace.automationRules[0].runs.status", String.class))
                .containsExactly("SUCCEEDED");
        assertThat(listed.getString("data.workspace.automationRules[0].runs[0].workItemId")).isEqualTo(itemId);
        assertThat(listed.getInt("data.workspace.automationRules[0].runs[0].depth")).isEqualTo(1);

        JsonPath updated = ok("mutation($in: UpdateAutomationRuleInput!) { updateAutomationRule(input: $in) {"
                + " automationRule { enabled condition projectId version } } }", Map.of("in", Map.of("workspace", ws,
                "id", id, "expectedVersion", 0, "enabled", false, "clear", List.of("CONDITION", "PROJECT"))));
        assertThat(updated.getBoolean("data.updateAutomationRule.automationRule.enabled")).isFalse();
        assertThat(updated.getString("data.updateAutomationRule.automationRule.condition")).isNull();
        assertThat(updated.getString("data.updateAutomationRule.automationRule.projectId")).isNull();
        assertThat(updated.getInt("data.updateAutomationRule.automationRule.version")).isEqualTo(1);

        ok("mutation($in: DeleteAutomationRuleInput!) { deleteAutomationRule(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "id", id)));
        assertThat(ok(LIST, Map.of("ws", ws)).getList("data.workspace.automationRules")).isEmpty();
    }

    @Test
    void a_bad_rule_is_refused_with_field_errors() {
        String ws = aWorkspace();
        post(CREATE, Map.of("in", Map.of("workspace", ws, "name", "Bad", "trigger", Map.of("type", "SCHEDULE",
                "cron", "every day", "timeZone", "Mars/Base"), "actions", List.of(Map.of("type", "NOPE")))))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors.field", hasItems("trigger.cron", "trigger.timeZone",
                        "actions[0].type"));
    }
}
