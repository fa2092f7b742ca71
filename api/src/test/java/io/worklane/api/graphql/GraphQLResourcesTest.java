package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aMember;
import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.graphql.GraphQLClient.post;
import static io.worklane.api.graphql.GraphQLClient.postAs;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resources, allocations, workload and time over GraphQL: the same rules and numbers as REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLResourcesTest {
    private static final String CREATE_RESOURCE = "mutation($in: CreateResourceInput!) { createResource(input: $in)"
            + " { resource { id name version costRates { from rate { amount currency } } } } }";
    private static final String ALLOCATE = "mutation($in: CreateAllocationInput!) { createAllocation(input: $in)"
            + " { allocation { id minutesPerWeek percent } } }";

    private static String aPerson(String ws, String name, String member) {
        Map<String, Object> in = new java.util.HashMap<>(Map.of("workspace", ws, "kind", "PERSON", "name", name,
                "skills", List.of(Map.of("name", "java", "level", 4)),
                "costRates", List.of(Map.of("from", "2026-01-01", "amount", "80.00", "currency", "EUR"))));
        if (member != null) {
            in.put("member", member);
        }
        return ok(CREATE_RESOURCE, Map.of("in", in)).getString("data.createResource.resource.id");
    }

    @Test
    void a_resource_manager_sees_who_is_over_allocated_and_who_has_free_capacity_with_the_right_skills() {
        String ws = aWorkspace();
        aProject(ws, "ALPHA");
        String ada = aPerson(ws, "Ada", null);
        aPerson(ws, "Bob", null);
        for (int hours : new int[] {30, 20}) {
            ok(ALLOCATE, Map.of("in", Map.of("workspace", ws, "resource", ada, "project", "ALPHA", "from",
                    "2026-12-07", "to", "2026-12-13", "minutesPerWeek", hours * 60)));
        }
        String item = ok("mutation($in: CreateWorkItemInput!) { createWorkItem(input: $in) { workItem { key } } }",
                Map.of("in", Map.of("workspace", ws, "project", "ALPHA", "title", "Port it", "labels",
                        List.of("skill:java:3"), "startDate", "2026-12-07", "dueDate", "2026-12-11")))
                .getString("data.createWorkItem.workItem.key");

        JsonPath json = ok("query($ws: String!) { workspace(idOrSlug: $ws) { workload(from: \"2026-12-07\","
                + " to: \"2026-12-13\") { from granularity resources { resource { name } periods { start"
                + " capacityMinutes allocatedMinutes utilization overallocated } } } } }", Map.of("ws", ws));
        assertThat(json.getList("data.workspace.workload.resources.resource.name")).containsExactly("Ada", "Bob");
        assertThat(json.getInt("data.workspace.workload.resources[0].periods[0].allocatedMinutes")).isEqualTo(3000);
        assertThat(json.getFloat("data.workspace.workload.resources[0].periods[0].utilization")).isEqualTo(1.25f);
        assertThat(json.getBoolean("data.workspace.workload.resources[0].periods[0].overallocated")).isTrue();
        assertThat(json.getBoolean("data.workspace.workload.resources[1].periods[0].overallocated")).isFalse();

        JsonPath suggestions = ok("query($ws: String!, $key: String!) { workspace(idOrSlug: $ws) {"
                + " workItem(key: $key) { assignmentSuggestions { rank freeMinutes reason resource { name } } } } }",
                Map.of("ws", ws, "key", item));
        assertThat(suggestions.getList("data.workspace.workItem.assignmentSuggestions.resource.name"))
                .containsExactly("Bob", "Ada");
        assertThat(suggestions.getString("data.workspace.workItem.assignmentSuggestions[0].reason"))
                .contains("has java 4 (needs 3)").contains("2400 free minutes");
    }

    @Test
    void time_is_logged_priced_and_hidden_from_callers_without_budgets_read() {
        String ws = aWorkspace();
        aProject(ws, "ALPHA");
        String ada = aPerson(ws, "Ada", null);
        String item = ok("mutation($in: CreateWorkItemInput!) { createWorkItem(input: $in) { workItem { key } } }",
                Map.of("in", Map.of("workspace", ws, "project", "ALPHA", "title", "Log me")))
                .getString("data.createWorkItem.workItem.key");
        JsonPath created = ok("mutation($in: CreateTimeEntryInput!) { createTimeEntry(input: $in) { timeEntry { id"
                + " minutes cost { amount currency } } } }", Map.of("in", Map.of("workspace", ws, "resource", ada,
                "workItem", item, "date", "2026-12-08", "minutes", 90)));
        assertThat(created.getString("data.createTimeEntry.timeEntry.cost.amount")).isEqualTo("120.00");

        String viewerKey = asAdmin().body(Map.of("name", "viewer", "scopes", List.of("workspace:read", "resources:read",
                        "time_entries:read", "work_items:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        postAs(viewerKey, "query($ws: String!, $key: String!) { workspace(idOrSlug: $ws) { resources { name costRates {"
                + " from } } workItem(key: $key) { timeEntries { minutes cost { amount } } } } }",
                Map.of("ws", ws, "key", item))
                .body("errors", nullValue()).body("data.workspace.resources[0].name", equalTo("Ada"))
                .body("data.workspace.resources[0].costRates", nullValue())
                .body("data.workspace.workItem.timeEntries[0].minutes", equalTo(90))
                .body("data.workspace.workItem.timeEntries[0].cost", nullValue());
        postAs(viewerKey, "mutation($in: CreateTimeEntryInput!) { createTimeEntry(input: $in) { timeEntry { id } } }",
                Map.of("in", Map.of("workspace", ws, "resource", ada, "workItem", item, "date", "2026-12-08",
                        "minutes", 30))).body("errors[0].extensions.code", equalTo("INSUFFICIENT_SCOPE"));
    }

    @Test
    void bad_input_is_refused_with_the_same_codes_as_rest() {
        String ws = aWorkspace();
        aProject(ws, "ALPHA");
        String member = aMember(ws, "ada@example.com");
        String ada = aPerson(ws, "Ada", member);
        post(CREATE_RESOURCE, Map.of("in", Map.of("workspace", ws, "kind", "PERSON", "name", "Ada twin", "member",
                member))).body("errors[0].extensions.code", equalTo("MEMBER_ALREADY_A_RESOURCE"));
        post(ALLOCATE, Map.of("in", Map.of("workspace", ws, "resource", ada, "project", "ALPHA", "from", "2026-12-07",
                "to", "2026-12-13", "percent", 101))).body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        post("mutation($in: UpdateResourceInput!) { updateResource(input: $in) { resource { id } } }",
                Map.of("in", Map.of("workspace", ws, "id", ada, "expectedVersion", 7, "name", "Stale")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        String approval = ok("mutation($in: ApproveTimePeriodInput!) { approveTimePeriod(input: $in) { timeApproval {"
                + " id } } }", Map.of("in", Map.of("workspace", ws, "resource", ada, "from", "2026-12-07", "to",
                "2026-12-13"))).getString("data.approveTimePeriod.timeApproval.id");
        String item = ok("mutation($in: CreateWorkItemInput!) { createWorkItem(input: $in) { workItem { key } } }",
                Map.of("in", Map.of("workspace", ws, "project", "ALPHA", "title", "Log me")))
                .getString("data.createWorkItem.workItem.key");
        post("mutation($in: CreateTimeEntryInput!) { createTimeEntry(input: $in) { timeEntry { id } } }",
                Map.of("in", Map.of("workspace", ws, "resource", ada, "workItem", item, "date", "2026-12-08",
                        "minutes", 30))).body("errors[0].extensions.code", equalTo("PERIOD_LOCKED"));
        ok("mutation($in: WithdrawTimeApprovalInput!) { withdrawTimeApproval(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "id", approval)));
        ok("mutation($in: CreateTimeEntryInput!) { createTimeEntry(input: $in) { timeEntry { id } } }",
                Map.of("in", Map.of("workspace", ws, "resource", ada, "workItem", item, "date", "2026-12-08",
                        "minutes", 30)));
    }
}
