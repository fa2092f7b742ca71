package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One filter, one answer (issue #14): the same expression selects the same items through the REST list,
 * GraphQL {@code workItems(filter: {where:})}, a saved view, the aggregate, the export and a webhook
 * subscription (the items whose creation is delivered).
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class SameFilterEverywhereTest {
    private static final List<String> FILTERS = List.of(
            "priority IN (HIGH, URGENT) AND labels CONTAINS \"customer\"",
            "customFields.cost > 100 OR dueDate < today",
            "title ~ \"report\" OR (estimateMinutes >= 120 AND NOT labels CONTAINS \"internal\")");
    private final Map<String, Receiver> receivers = new LinkedHashMap<>();

    @AfterEach
    void stop() {
        receivers.values().forEach(Receiver::close);
    }

    @Test
    void lists_graphql_views_aggregates_exports_and_webhooks_select_the_same_items() {
        String ws = aWorkspace();
        aProject(ws, "SF");
        asAdmin().body(Map.of("key", "cost", "name", "Cost", "type", "NUMBER"))
                .post(path(ws) + "/projects/SF/custom-fields").then().statusCode(201);
        Receiver everything = new Receiver();
        receivers.put(null, everything);
        hook(ws, everything, null);
        for (String filter : FILTERS) {
            Receiver receiver = new Receiver();
            receivers.put(filter, receiver);
            hook(ws, receiver, filter);
        }
        List<Map<String, Object>> items = items();
        items.forEach(item -> asAdmin().body(item).post(path(ws) + "/work-items").then().statusCode(201));
        eventually(Duration.ofSeconds(10), "every creation delivered", () -> everything.received().size() == items.size());

        for (String filter : FILTERS) {
            Set<String> listed = listed(ws, filter);
            assertThat(listed).as("%s splits the items", filter).isNotEmpty().hasSizeLessThan(items.size());
            assertThat(graphql(ws, filter)).as("GraphQL: %s", filter).isEqualTo(listed);
            assertThat(viewed(ws, filter)).as("view: %s", filter).isEqualTo(listed);
            assertThat(counted(ws, filter)).as("aggregate: %s", filter).isEqualTo(listed.size());
            assertThat(exported(ws, filter)).as("export: %s", filter).isEqualTo(listed);
            Receiver receiver = receivers.get(filter);
            eventually(Duration.ofSeconds(10), "deliveries for " + filter, () -> receiver.received().size() == listed.size());
            assertThat(delivered(receiver)).as("webhook: %s", filter).isEqualTo(listed);
        }
    }

    private static List<Map<String, Object>> items() {
        String past = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("Urgent for a customer", "URGENT", List.of("customer"), 250, null, 60));
        items.add(item("Low for a customer", "LOW", List.of("customer"), 50, future, 180));
        items.add(item("High, internal", "HIGH", List.of("internal"), null, past, 240));
        items.add(item("Weekly report", "MEDIUM", List.of(), 101, future, null));
        items.add(item("High for a customer, late", "HIGH", List.of("customer", "internal"), 100, past, 30));
        items.add(item("Quiet one", "NONE", List.of(), null, null, null));
        return items;
    }

    private static Map<String, Object> item(String title, String priority, List<String> labels, Integer cost,
                                            String due, Integer estimate) {
        Map<String, Object> item = new HashMap<>(Map.of("project", "SF", "title", title, "priority", priority,
                "labels", labels));
        if (cost != null) {
            item.put("customFields", Map.of("cost", cost));
        }
        if (due != null) {
            item.put("dueDate", due);
        }
        if (estimate != null) {
            item.put("estimateMinutes", estimate);
        }
        return item;
    }

    private static Set<String> listed(String ws, String filter) {
        return new TreeSet<>(asAdmin().queryParam("filter", filter).queryParam("limit", 100).get(path(ws) + "/work-items")
                .then().statusCode(200).extract().jsonPath().getList("items.key", String.class));
    }

    private static Set<String> graphql(String ws, String filter) {
        JsonPath answer = GraphQL.ok(ADMIN_KEY, "query($ws: String!, $where: String!) { workspace(idOrSlug: $ws) {"
                + " workItems(first: 100, filter: {where: $where}) { edges { node { key } } } } }",
                Map.of("ws", ws, "where", filter));
        return new TreeSet<>(answer.getList("data.workspace.workItems.edges.node.key", String.class));
    }

    private static Set<String> viewed(String ws, String filter) {
        String view = asAdmin().body(Map.of("name", "View of " + filter.hashCode(), "shared", "WORKSPACE",
                "layout", "LIST", "filter", filter)).post(path(ws) + "/views").then().statusCode(201).extract().path("id");
        return new TreeSet<>(asAdmin().queryParam("limit", 100).get(path(ws) + "/views/" + view + "/items").then()
                .statusCode(200).extract().jsonPath().getList("items.key", String.class));
    }

    private static int counted(String ws, String filter) {
        return asAdmin().queryParam("filter", filter).get(path(ws) + "/work-items/aggregate").then().statusCode(200)
                .extract().jsonPath().getInt("groups[0].values[0]");
    }

    private static Set<String> exported(String ws, String filter) {
        String csv = asAdmin().queryParam("filter", filter).queryParam("format", "jsonl")
                .get(path(ws) + "/work-items/export").then().statusCode(200).extract().asString();
        Set<String> keys = new TreeSet<>();
        csv.lines().filter(line -> !line.isBlank()).forEach(line -> keys.add(JsonPath.from(line).getString("key")));
        return keys;
    }

    private static Set<String> delivered(Receiver receiver) {
        Set<String> keys = new TreeSet<>();
        receiver.received().forEach(r -> keys.add(JsonPath.from(r.body()).getString("data.key")));
        return keys;
    }

    private static void hook(String ws, Receiver receiver, String filter) {
        Map<String, Object> body = new HashMap<>(Map.of("url", receiver.url("/h"), "eventTypes", List.of("work_item.created")));
        if (filter != null) {
            body.put("filter", filter);
        }
        asAdmin().body(body).post(path(ws) + "/webhooks").then().statusCode(201);
    }

    private static String path(String ws) {
        return "/api/v1/workspaces/" + ws;
    }
}
