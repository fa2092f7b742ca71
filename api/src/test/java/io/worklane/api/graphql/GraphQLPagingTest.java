package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aMember;
import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkItem;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Relay connections over keyset pages: cursors per edge, orders, filters and totalCount. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLPagingTest {
    private static final String ITEMS = "query($ws: String!, $first: Int, $after: String, $filter: WorkItemFilter,"
            + " $order: WorkItemOrder) { workspace(idOrSlug: $ws) { workItems(first: $first, after: $after,"
            + " filter: $filter, orderBy: $order) { totalCount pageInfo { hasNextPage endCursor }"
            + " edges { __typename cursor node { __typename key } } } } }";

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String ws = aWorkspace();
        aProject(ws, "PG");
        for (int i = 1; i <= 5; i++) {
            aWorkItem(ws, "PG", "Item " + i);
        }

        List<String> keys = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = items(ws, 2, after, null, "CREATED_AT_ASC");
            keys.addAll(page.getList("edges.node.key"));
            assertThat(page.getInt("totalCount")).isEqualTo(5);
            more = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
        }

        assertThat(keys).containsExactly("PG-1", "PG-2", "PG-3", "PG-4", "PG-5");
    }

    @Test
    void everyEdgeCursorResumesRightAfterItsItem() {
        String ws = aWorkspace();
        aProject(ws, "EC");
        for (int i = 1; i <= 4; i++) {
            aWorkItem(ws, "EC", "Item " + i);
        }
        JsonPath newestFirst = items(ws, 4, null, null, null);
        assertThat(newestFirst.getList("edges.node.key")).containsExactly("EC-4", "EC-3", "EC-2", "EC-1");

        JsonPath afterSecond = items(ws, 10, newestFirst.getString("edges[1].cursor"), null, null);

        assertThat(afterSecond.getList("edges.node.key")).containsExactly("EC-2", "EC-1");
        assertThat(afterSecond.getBoolean("pageInfo.hasNextPage")).isFalse();
        assertThat(afterSecond.getString("pageInfo.endCursor")).isEqualTo(afterSecond.getString("edges[1].cursor"));
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String ws = aWorkspace();
        aProject(ws, "CO");
        aWorkItem(ws, "CO", "One");
        aWorkItem(ws, "CO", "Two");
        String cursor = items(ws, 1, null, null, "CREATED_AT_ASC").getString("pageInfo.endCursor");

        JsonPath refused = failing(ITEMS, vars(ws, 1, cursor, null, "UPDATED_AT_DESC"));

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVALID_CURSOR");
    }

    @Test
    void filtersNarrowTheListAndItsCount() {
        String ws = aWorkspace();
        aProject(ws, "FA");
        aProject(ws, "FB");
        String ada = aMember(ws, "ada@example.com");
        String parent = aWorkItem(ws, "FA", "Parent").getString("key");
        aWorkItem(ws, "FA", "Fix login bug", Map.of("labels", List.of("bug"), "assignees", List.of(ada),
                "parent", parent, "status", "in_progress"));
        aWorkItem(ws, "FB", "Write docs", Map.of("labels", List.of("docs")));

        assertThat(keys(ws, Map.of("project", "FB"))).containsExactly("FB-1");
        assertThat(keys(ws, Map.of("label", "bug"))).containsExactly("FA-2");
        assertThat(keys(ws, Map.of("assignee", ada))).containsExactly("FA-2");
        assertThat(keys(ws, Map.of("parent", parent))).containsExactly("FA-2");
        assertThat(keys(ws, Map.of("status", "in_progress"))).containsExactly("FA-2");
        assertThat(keys(ws, Map.of("q", "LOGIN"))).containsExactly("FA-2");
        assertThat(keys(ws, Map.of("updatedSince", "2000-01-01T00:00:00Z"))).hasSize(3);
        assertThat(items(ws, 50, null, Map.of("label", "bug"), null).getInt("totalCount")).isEqualTo(1);
        assertThat(keys(ws, Map.of("project", "NOPE"))).as("an unknown project matches nothing").isEmpty();
    }

    @Test
    void projectsAreFilteredOrderedAndCarryTheirOwnWorkItems() {
        String ws = aWorkspace();
        aProject(ws, "AAA");
        aProject(ws, "BBB");
        ok("mutation($in: CreateProjectInput!) { createProject(input: $in) { project { id } } }",
                Map.of("in", Map.of("workspace", ws, "key", "OPS", "name", "Operations", "kind", "PROCESS")));
        aWorkItem(ws, "BBB", "In B");

        JsonPath projects = ok("query($ws: String!) { workspace(idOrSlug: $ws) {"
                + " all: projects(orderBy: KEY_DESC) { edges { node { key workItems { totalCount edges { node { key } } } } } }"
                + " processes: projects(filter: {kind: PROCESS}) { edges { node { key } } } } }", Map.of("ws", ws))
                .setRootPath("data.workspace");

        assertThat(projects.getList("all.edges.node.key")).containsExactly("OPS", "BBB", "AAA");
        assertThat(projects.getList("all.edges.node.workItems.totalCount")).containsExactly(0, 1, 0);
        assertThat(projects.getList("all.edges[1].node.workItems.edges.node.key")).containsExactly("BBB-1");
        assertThat(projects.getList("processes.edges.node.key")).containsExactly("OPS");
    }

    @Test
    void projectWorkItemsWithDifferentArgumentsInOneQueryAreRefused() {
        String ws = aWorkspace();
        aProject(ws, "MIX");

        JsonPath refused = failing("query($ws: String!) { workspace(idOrSlug: $ws) { projects { edges { node {"
                + " open: workItems(filter: {status: \"todo\"}) { totalCount }"
                + " done: workItems(filter: {status: \"done\"}) { totalCount } } } } } }", Map.of("ws", ws));

        assertThat(refused.getString("errors[0].extensions.errors[0].code")).isEqualTo("CONFLICTING_ARGUMENTS");
    }

    @Test
    void membersAndWorkspacesArePagedToo() {
        String ws = aWorkspace();
        aMember(ws, "one@example.com");
        aMember(ws, "two@example.com");
        aMember(ws, "three@example.com");

        JsonPath first = ok("query($ws: String!) { workspace(idOrSlug: $ws) { members(first: 2) {"
                + " pageInfo { hasNextPage endCursor } edges { node { email } } } } }", Map.of("ws", ws))
                .setRootPath("data.workspace.members");
        JsonPath rest = ok("query($ws: String!, $after: String) { workspace(idOrSlug: $ws) { members(after: $after) {"
                + " pageInfo { hasNextPage } edges { node { email } } } } }",
                Map.of("ws", ws, "after", first.getString("pageInfo.endCursor"))).setRootPath("data.workspace.members");

        assertThat(first.getList("edges.node.email")).containsExactly("one@example.com", "two@example.com");
        assertThat(first.getBoolean("pageInfo.hasNextPage")).isTrue();
        assertThat(rest.getList("edges.node.email")).containsExactly("three@example.com");
        assertThat(ok("{ workspaces(first: 1) { pageInfo { hasNextPage } edges { node { slug } } } }")
                .getBoolean("data.workspaces.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void commentsAndChildrenOfManyItemsArePagedInOneStatementEach() {
        String ws = aWorkspace();
        aProject(ws, "NC");
        aProject(ws, "NK");
        String big = aWorkItem(ws, "NC", "Three comments, three children").getString("key");
        String small = aWorkItem(ws, "NC", "One comment").getString("key");
        for (int i = 1; i <= 3; i++) {
            Fixtures.aComment(ws, big, "Comment " + i);
            aWorkItem(ws, "NK", "Child " + i, Map.of("parent", big));
        }
        Fixtures.aComment(ws, small, "Only comment");
        String nested = "query($ws: String!, $project: String!, $after: String) { workspace(idOrSlug: $ws) {"
                + " workItems(filter: {project: $project}, orderBy: CREATED_AT_ASC) { edges { node { key"
                + " commentsConnection(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { body } } }"
                + " childrenConnection(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { title } } } } } } } }";

        JsonPath items = ok(nested, Map.of("ws", ws, "project", "NC"));
        long statementsForTwo = items.getLong("extensions.cost.statements");
        items.setRootPath("data.workspace.workItems.edges.node");
        String rest = items.getString("[0].commentsConnection.pageInfo.endCursor");
        JsonPath next = ok(nested, Map.of("ws", ws, "project", "NC", "after", rest))
                .setRootPath("data.workspace.workItems.edges[0].node");

        assertThat(items.getList("[0].commentsConnection.edges.node.body")).containsExactly("Comment 1", "Comment 2");
        assertThat(items.getBoolean("[0].commentsConnection.pageInfo.hasNextPage")).isTrue();
        assertThat(items.getList("[1].commentsConnection.edges.node.body")).containsExactly("Only comment");
        assertThat(items.getBoolean("[1].commentsConnection.pageInfo.hasNextPage")).isFalse();
        assertThat(items.getList("[0].childrenConnection.edges.node.title")).containsExactly("Child 1", "Child 2");
        assertThat(items.getList("[1].childrenConnection.edges")).isEmpty();
        assertThat(next.getList("commentsConnection.edges.node.body")).containsExactly("Comment 3");
        assertThat(next.getBoolean("commentsConnection.pageInfo.hasNextPage")).isFalse();
        assertThat(statementsForTwo).as("a statement per level, whatever the number of items")
                .isEqualTo(ok(nested, Map.of("ws", ws, "project", "NK")).getLong("extensions.cost.statements"));
    }

    @Test
    void timeEntriesAndApprovalsOfManyItemsArePagedInOneStatementEach() {
        String ws = aWorkspace();
        aProject(ws, "NT");
        aProject(ws, "NU");
        String big = aWorkItem(ws, "NT", "Three of each").getString("key");
        String small = aWorkItem(ws, "NT", "One of each").getString("key");
        String person = ok("mutation($in: CreateResourceInput!) { createResource(input: $in) { resource { id } } }",
                Map.of("in", Map.of("workspace", ws, "kind", "PERSON", "name", "Ada"))).getString(
                "data.createResource.resource.id");
        for (int day = 1; day <= 3; day++) {
            logTime(ws, person, big, "2026-11-0" + day, day * 10);
            requestApproval(ws, big);
        }
        logTime(ws, person, small, "2026-11-05", 5);
        requestApproval(ws, small);
        for (int i = 1; i <= 3; i++) {
            aWorkItem(ws, "NU", "Quiet " + i);
        }
        String nested = "query($ws: String!, $project: String!, $time: String, $approvals: String) { workspace(idOrSlug: $ws) {"
                + " workItems(filter: {project: $project}, orderBy: CREATED_AT_ASC) { edges { node { key"
                + " timeEntriesConnection(first: 2, after: $time) { pageInfo { hasNextPage endCursor } edges { node { minutes } } }"
                + " approvalsConnection(first: 2, after: $approvals) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } } } }";

        JsonPath items = ok(nested, Map.of("ws", ws, "project", "NT"));
        long statementsForTwo = items.getLong("extensions.cost.statements");
        items.setRootPath("data.workspace.workItems.edges.node");
        JsonPath moreTime = ok(nested, Map.of("ws", ws, "project", "NT", "time",
                items.getString("[0].timeEntriesConnection.pageInfo.endCursor")))
                .setRootPath("data.workspace.workItems.edges[0].node");
        JsonPath moreApprovals = ok(nested, Map.of("ws", ws, "project", "NT", "approvals",
                items.getString("[0].approvalsConnection.pageInfo.endCursor")))
                .setRootPath("data.workspace.workItems.edges[0].node");

        assertThat(items.getList("[0].timeEntriesConnection.edges.node.minutes")).as("newest day first")
                .containsExactly(30, 20);
        assertThat(items.getBoolean("[0].timeEntriesConnection.pageInfo.hasNextPage")).isTrue();
        assertThat(moreTime.getList("timeEntriesConnection.edges.node.minutes")).containsExactly(10);
        assertThat(items.getList("[1].timeEntriesConnection.edges.node.minutes")).containsExactly(5);
        assertThat(items.getList("[0].approvalsConnection.edges")).hasSize(2);
        assertThat(items.getBoolean("[0].approvalsConnection.pageInfo.hasNextPage")).isTrue();
        assertThat(moreApprovals.getList("approvalsConnection.edges")).hasSize(1);
        assertThat(moreApprovals.getBoolean("approvalsConnection.pageInfo.hasNextPage")).isFalse();
        assertThat(items.getList("[1].approvalsConnection.edges")).hasSize(1);
        assertThat(statementsForTwo).as("a statement per level, whatever the number of items")
                .isEqualTo(ok(nested, Map.of("ws", ws, "project", "NU")).getLong("extensions.cost.statements"));
    }

    private static void logTime(String ws, String resource, String item, String date, int minutes) {
        ok("mutation($in: CreateTimeEntryInput!) { createTimeEntry(input: $in) { timeEntry { id } } }",
                Map.of("in", Map.of("workspace", ws, "resource", resource, "workItem", item, "date", date,
                        "minutes", minutes)));
    }

    private static void requestApproval(String ws, String item) {
        ok("mutation($in: RequestApprovalInput!) { requestApproval(input: $in) { approval { id } } }",
                Map.of("in", Map.of("workspace", ws, "workItem", item, "role", "ADMIN", "policy", "ANY")));
    }

    @Test
    void workspaceListsOnceCappedAt200HaveConnectionsThatPage() {
        String ws = aWorkspace();
        for (String to : List.of("USD", "GBP", "CHF")) {
            ok("mutation($in: CreateExchangeRateInput!) { createExchangeRate(input: $in) { exchangeRate { id } } }",
                    Map.of("in", Map.of("workspace", ws, "from", "EUR", "to", to, "rate", "1.1",
                            "effectiveFrom", "2026-01-01")));
            ok("mutation($in: CreateResourceInput!) { createResource(input: $in) { resource { id } } }",
                    Map.of("in", Map.of("workspace", ws, "name", "Room " + to, "kind", "ROOM")));
        }
        String lists = "query($ws: String!, $after: String) { workspace(idOrSlug: $ws) {"
                + " exchangeRatesConnection(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { to } } }"
                + " resourcesConnection(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { name } } } } }";

        JsonPath first = ok(lists, Map.of("ws", ws)).setRootPath("data.workspace");
        JsonPath rates = ok(lists, Map.of("ws", ws, "after", first.getString("exchangeRatesConnection.pageInfo.endCursor")))
                .setRootPath("data.workspace.exchangeRatesConnection");
        JsonPath rooms = ok(lists, Map.of("ws", ws, "after", first.getString("resourcesConnection.pageInfo.endCursor")))
                .setRootPath("data.workspace.resourcesConnection");

        assertThat(first.getList("exchangeRatesConnection.edges.node.to")).containsExactly("USD", "GBP");
        assertThat(first.getBoolean("exchangeRatesConnection.pageInfo.hasNextPage")).isTrue();
        assertThat(rates.getList("edges.node.to")).containsExactly("CHF");
        assertThat(rates.getBoolean("pageInfo.hasNextPage")).isFalse();
        assertThat(first.getList("resourcesConnection.edges.node.name")).containsExactly("Room USD", "Room GBP");
        assertThat(rooms.getList("edges.node.name")).containsExactly("Room CHF");
        assertThat(ok("query($ws: String!) { workspace(idOrSlug: $ws) { workflowsConnection(first: 1) { edges {"
                + " node { name } } } } }", Map.of("ws", ws)).getList("data.workspace.workflowsConnection.edges.node.name"))
                .as("the workspace's default workflow").hasSize(1);
        assertThat(ok("query($ws: String!) { workspace(idOrSlug: $ws) { allocationsConnection { edges { cursor } }"
                + " expensesConnection { edges { cursor } } timeEntriesConnection(first: 1) { pageInfo { hasNextPage } } } }",
                Map.of("ws", ws)).getList("data.workspace.allocationsConnection.edges")).isEmpty();
        assertThat(failing(lists.replace("first: 2", "first: 201"), Map.of("ws", ws))
                .getString("errors[0].extensions.errors[0].code")).isEqualTo("OUT_OF_RANGE");
    }

    private static List<String> keys(String ws, Map<String, Object> filter) {
        return items(ws, 50, null, filter, "CREATED_AT_ASC").getList("edges.node.key");
    }

    private static JsonPath items(String ws, int first, String after, Map<String, Object> filter, String order) {
        return ok(ITEMS, vars(ws, first, after, filter, order)).setRootPath("data.workspace.workItems");
    }

    private static Map<String, Object> vars(String ws, int first, String after, Map<String, Object> filter,
                                            String order) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("ws", ws);
        vars.put("first", first);
        vars.put("after", after);
        vars.put("filter", filter);
        vars.put("order", order);
        return vars;
    }
}
