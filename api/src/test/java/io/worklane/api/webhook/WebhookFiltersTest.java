package io.worklane.api.webhook;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A subscription's filter over REST and GraphQL: kept as written, checked at create and update (ADR 0051). */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WebhookFiltersTest {
    private static String webhooks(String ws) {
        return "/api/v1/workspaces/" + ws + "/webhooks";
    }

    private static Map<String, Object> body(String filter) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://example.com/hooks");
        body.put("eventTypes", List.of("work_item.*"));
        body.put("filter", filter);
        return body;
    }

    @Test
    void a_filter_is_kept_changed_and_removed_and_its_change_is_an_event() {
        String ws = aWorkspace();
        String id = asAdmin().body(body("priority = HIGH")).post(webhooks(ws)).then().statusCode(201)
                .body("filter", equalTo("priority = HIGH")).extract().path("id");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("filter", "labels CONTAINS \"ops\""))
                .patch(webhooks(ws) + "/" + id).then().statusCode(200).body("filter", equalTo("labels CONTAINS \"ops\""));
        asAdmin().get(webhooks(ws) + "/" + id).then().body("filter", equalTo("labels CONTAINS \"ops\""));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events?limit=200").then().statusCode(200)
                .body("items.find { it.type == 'webhook.updated' }.data.filter", equalTo("labels CONTAINS \"ops\""))
                .body("items.find { it.type == 'webhook.updated' }.previous.filter", equalTo("priority = HIGH"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("filter", null);
        asAdmin().body(clear).patch(webhooks(ws) + "/" + id).then().statusCode(200).body("filter", nullValue());
    }

    @Test
    void a_bad_filter_is_refused_with_its_position_at_create_and_update_and_nothing_changes() {
        String ws = aWorkspace();
        asAdmin().body(body("priority = (")).post(webhooks(ws)).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_FILTER"))
                .body("errors[0].field", equalTo("filter")).body("errors[0].message", containsString("position 12"));
        asAdmin().body(body("blocked = true")).post(webhooks(ws)).then().statusCode(400)
                .body("code", equalTo("INVALID_FILTER")).body("errors[0].message", containsString("blocked"));
        asAdmin().body(body("customFields.nope = 1")).post(webhooks(ws)).then().statusCode(400)
                .body("code", equalTo("INVALID_FILTER")).body("errors[0].message", containsString("nope"));
        String deep = "(".repeat(11) + "priority = HIGH" + ")".repeat(11);
        asAdmin().body(body(deep)).post(webhooks(ws)).then().statusCode(400).body("code", equalTo("INVALID_FILTER"));
        Map<String, Object> twoProblems = body("priority =");
        twoProblems.put("url", "not a url");
        asAdmin().body(twoProblems).post(webhooks(ws)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("url")).body("errors.code", hasItem("INVALID_FILTER"));
        asAdmin().get(webhooks(ws)).then().body("items.size()", equalTo(0));

        String id = asAdmin().body(body("priority = HIGH")).post(webhooks(ws)).then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("filter", "priority IS")).patch(webhooks(ws) + "/" + id).then().statusCode(400)
                .body("code", equalTo("INVALID_FILTER"));
        asAdmin().get(webhooks(ws) + "/" + id).then().body("filter", equalTo("priority = HIGH")).body("version", equalTo(0));
    }

    @Test
    void a_custom_field_in_a_filter_must_be_defined_and_fit_its_type() {
        String ws = aWorkspace();
        aProject(ws, "CF");
        asAdmin().body(Map.of("key", "cost", "name", "Cost", "type", "NUMBER"))
                .post("/api/v1/workspaces/" + ws + "/projects/CF/custom-fields").then().statusCode(201);
        asAdmin().body(body("customFields.cost > 100")).post(webhooks(ws)).then().statusCode(201);
        asAdmin().body(body("customFields.cost > \"lots\"")).post(webhooks(ws)).then().statusCode(400)
                .body("code", equalTo("INVALID_FILTER")).body("errors[0].message", containsString("cost"));
    }

    @Test
    void graphql_sets_clears_and_refuses_a_filter() {
        String ws = aWorkspace();
        String create = "mutation($ws: String!, $f: String) { createWebhook(input: {workspace: $ws,"
                + " url: \"https://example.com/h\", eventTypes: [\"work_item.*\"], filter: $f}) { webhook { id filter } } }";
        JsonPath created = GraphQL.ok(ADMIN_KEY, create, Map.of("ws", ws, "f", "dueDate < today+7d"));
        assertThat(created.getString("data.createWebhook.webhook.filter")).isEqualTo("dueDate < today+7d");
        String id = created.getString("data.createWebhook.webhook.id");

        JsonPath refused = GraphQL.as(ADMIN_KEY, create, Map.of("ws", ws, "f", "dueDate <"));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVALID_FILTER");

        String update = "mutation($ws: String!, $id: ID!) { updateWebhook(input: {workspace: $ws, id: $id,"
                + " clear: [FILTER]}) { webhook { filter version } } }";
        JsonPath cleared = GraphQL.ok(ADMIN_KEY, update, Map.of("ws", ws, "id", id));
        assertThat(cleared.getString("data.updateWebhook.webhook.filter")).isNull();
        JsonPath listed = GraphQL.ok(ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) { webhooks { filter } } }",
                Map.of("ws", ws));
        assertThat(listed.getList("data.workspace.webhooks.filter")).containsExactly((Object) null);
    }
}
