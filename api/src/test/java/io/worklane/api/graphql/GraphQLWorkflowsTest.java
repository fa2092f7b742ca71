package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.graphql.GraphQLClient.post;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workflows and transitions through GraphQL: the same rules and refusals as REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLWorkflowsTest {
    private static final String CREATE = "mutation($in: CreateWorkflowInput!) { createWorkflow(input: $in) {"
            + " workflow { id name initialState states { key category } transitions { from to guards { type fields } } } } }";
    private static final String MOVE = "mutation($in: TransitionWorkItemInput!) { transitionWorkItem(input: $in) {"
            + " from to dryRun guards { type passed reason } workItem { key status version } } }";

    @Test
    void a_template_becomes_a_workflow_that_a_project_follows_and_items_move_through() {
        String ws = aWorkspace();
        aProject(ws, "GW");
        JsonPath created = ok(CREATE, Map.of("in", Map.of("workspace", ws, "template", "software_delivery",
                "name", "Delivery")));
        String id = created.getString("data.createWorkflow.workflow.id");
        assertThat(created.getString("data.createWorkflow.workflow.initialState")).isEqualTo("backlog");
        asAdmin().body(Map.of("workflow", id)).patch("/api/v1/workspaces/" + ws + "/projects/GW").then().statusCode(200);
        aWorkItem(ws, "GW", "Story");

        JsonPath listed = ok("query($ws: String!) { workspace(idOrSlug: $ws) { workflows { name }"
                + " projects { edges { node { key workflow { name states { key } } } } }"
                + " workItem: workItems(first: 1) { edges { node { key availableTransitions { to allowed guards { type } } } } } } }",
                Map.of("ws", ws));
        assertThat(listed.getList("data.workspace.workflows.name", String.class)).containsExactly("Default", "Delivery");
        assertThat(listed.getString("data.workspace.projects.edges[0].node.workflow.name")).isEqualTo("Delivery");
        assertThat(listed.getList("data.workspace.projects.edges[0].node.workflow.states.key", String.class))
                .containsExactly("backlog", "todo", "in_progress", "in_review", "done", "cancelled");
        assertThat(listed.getList("data.workspace.workItem.edges[0].node.availableTransitions.to", String.class))
                .containsExactly("todo", "cancelled");

        JsonPath moved = ok(MOVE, Map.of("in", Map.of("workspace", ws, "workItem", "GW-1", "to", "todo")));
        assertThat(moved.getString("data.transitionWorkItem.workItem.status")).isEqualTo("todo");
        assertThat(moved.getString("data.transitionWorkItem.from")).isEqualTo("backlog");
    }

    @Test
    void a_blocked_move_carries_every_guard_in_the_error_extensions() {
        String ws = aWorkspace();
        aProject(ws, "GB");
        String id = ok(CREATE, Map.of("in", Map.of("workspace", ws, "template", "software_delivery", "name", "D")))
                .getString("data.createWorkflow.workflow.id");
        asAdmin().body(Map.of("workflow", id)).patch("/api/v1/workspaces/" + ws + "/projects/GB").then().statusCode(200);
        aWorkItem(ws, "GB", "Story");
        ok(MOVE, Map.of("in", Map.of("workspace", ws, "workItem", "GB-1", "to", "todo")));

        post(MOVE, Map.of("in", Map.of("workspace", ws, "workItem", "GB-1", "to", "in_progress", "dryRun", true)))
                .statusCode(200).body("data.transitionWorkItem", nullValue())
                .body("errors[0].extensions.code", equalTo("GUARD_FAILED"))
                .body("errors[0].extensions.guards[0].type", equalTo("REQUIRED_FIELDS"))
                .body("errors[0].extensions.guards[0].passed", equalTo(false))
                .body("errors[0].extensions.guards[0].reason", containsString("assignees"));
        post(MOVE, Map.of("in", Map.of("workspace", ws, "workItem", "GB-1", "to", "done")))
                .body("errors[0].extensions.code", equalTo("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void a_bad_definition_is_refused_with_field_errors_and_templates_are_listed() {
        String ws = aWorkspace();
        post(CREATE, Map.of("in", Map.of("workspace", ws, "name", "Bad", "initialState", "a",
                "states", List.of(Map.of("key", "a", "name", "A", "category", "TODO")),
                "transitions", List.of(Map.of("from", "a", "to", "b", "name", "Go")))))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.errors.field", contains("transitions[0].to"));
        JsonPath templates = ok("query($ws: String!) { workflowTemplates(workspace: $ws) { key states { key } } }",
                Map.of("ws", ws));
        assertThat(templates.getList("data.workflowTemplates.key", String.class))
                .containsExactly("default", "software_delivery", "request_intake", "employee_onboarding");
    }
}
