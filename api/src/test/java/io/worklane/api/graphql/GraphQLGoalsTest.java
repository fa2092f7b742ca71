package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Goals over GraphQL: the mutations and refusals of REST, progress rolled up, and Project.goals and
 * Portfolio.goals costing the same statements for 2 projects as for 5 (no N+1).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLGoalsTest {
    private static final String CREATE = "mutation($in: CreateGoalInput!) { createGoal(input: $in) { goal { id title"
            + " status progress version } } }";
    private static final String KEY_RESULT = "mutation($in: CreateKeyResultInput!) { createKeyResult(input: $in) {"
            + " keyResult { id kind progress } } }";
    private static final String CHECK_IN = "mutation($in: CreateCheckInInput!) { createCheckIn(input: $in) {"
            + " checkIn { value previous note } keyResult { current progress } } }";
    private static final String NESTED = "query($ws: String!) { workspace(idOrSlug: $ws) { projects(first: 50) {"
            + " edges { node { key goals { title progress keyResults { progress checkIns(first: 5) { edges { node { value } } } }"
            + " projects { key } } } } }"
            + " portfolios(first: 50) { edges { node { name goals { title progress } } } } } }";

    @Test
    void goalsAreWrittenAndMeasuredAsOverRest() {
        String ws = aWorkspace();
        aProject(ws, "GQG");
        String parent = ok(CREATE, Map.of("in", Map.of("workspace", ws, "title", "Grow", "periodStart", "2027-01-01",
                "periodEnd", "2027-12-31"))).getString("data.createGoal.goal.id");
        JsonPath child = ok(CREATE, Map.of("in", Map.of("workspace", ws, "title", "Sell", "periodStart", "2027-01-01",
                "periodEnd", "2027-03-31", "parent", parent, "idempotencyKey", "gq-1")));
        String childId = child.getString("data.createGoal.goal.id");
        assertThat(child.getString("data.createGoal.goal.progress")).isNull();
        assertThat(ok(CREATE, Map.of("in", Map.of("workspace", ws, "title", "Sell", "periodStart", "2027-01-01",
                "periodEnd", "2027-03-31", "parent", parent, "idempotencyKey", "gq-1")))
                .getString("data.createGoal.goal.id")).isEqualTo(childId);

        String deals = ok(KEY_RESULT, Map.of("in", Map.of("workspace", ws, "goal", childId, "title", "Deals", "kind",
                "NUMBER", "start", "0", "target", "8"))).getString("data.createKeyResult.keyResult.id");
        String done = ok(KEY_RESULT, Map.of("in", Map.of("workspace", ws, "goal", parent, "title", "Launched",
                "kind", "BOOLEAN"))).getString("data.createKeyResult.keyResult.id");
        JsonPath checked = ok(CHECK_IN, Map.of("in", Map.of("workspace", ws, "keyResult", deals, "value", "2",
                "note", "two")));
        assertThat(checked.getString("data.createCheckIn.checkIn.previous")).isEqualTo("0");
        assertThat(checked.getString("data.createCheckIn.keyResult.progress")).isEqualTo("0.2500");
        JsonPath wrong = failing(CHECK_IN, Map.of("in", Map.of("workspace", ws, "keyResult", done, "value", "1")));
        assertThat(wrong.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        ok(CHECK_IN, Map.of("in", Map.of("workspace", ws, "keyResult", done, "done", true)));

        // (1 + 0.25) ÷ 2
        JsonPath read = ok("query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { goal(id: $id) { progress"
                + " keyResults { title progress } } goals(first: 10) { edges { node { title progress } } } } }",
                Map.of("ws", ws, "id", parent));
        assertThat(read.getString("data.workspace.goal.progress")).isEqualTo("0.6250");
        assertThat(read.getList("data.workspace.goals.edges.node.title")).containsExactly("Grow", "Sell");

        JsonPath cycle = failing("mutation($in: UpdateGoalInput!) { updateGoal(input: $in) { goal { id } } }",
                Map.of("in", Map.of("workspace", ws, "id", parent, "parent", childId)));
        assertThat(cycle.getString("errors[0].extensions.code")).isEqualTo("GOAL_CYCLE");
        ok("mutation($in: GoalProjectInput!) { linkGoalProject(input: $in) { goal { projects { key } } } }",
                Map.of("in", Map.of("workspace", ws, "goal", childId, "project", "GQG")));
        JsonPath shown = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"GQG\") { goals { title } } } }",
                Map.of("ws", ws));
        assertThat(shown.getList("data.workspace.project.goals.title")).containsExactly("Sell");

        // the key result's history, in pages
        ok(CHECK_IN, Map.of("in", Map.of("workspace", ws, "keyResult", deals, "value", "5", "note", "five")));
        String history = "query($ws: String!, $id: ID!, $after: String) { workspace(idOrSlug: $ws) { goal(id: $id) {"
                + " keyResults { checkIns(first: 1, after: $after) { edges { node { value previous note } }"
                + " pageInfo { hasNextPage endCursor } } } } } }";
        Map<String, Object> vars = new java.util.HashMap<>(Map.of("ws", ws, "id", childId));
        JsonPath first = ok(history, vars);
        String page = "data.workspace.goal.keyResults[0].checkIns.";
        assertThat(first.getList(page + "edges.node.note")).containsExactly("two");
        assertThat(first.getBoolean(page + "pageInfo.hasNextPage")).isTrue();
        vars.put("after", first.getString(page + "pageInfo.endCursor"));
        JsonPath second = ok(history, vars);
        assertThat(second.getList(page + "edges.node.value")).containsExactly("5");
        assertThat(second.getList(page + "edges.node.previous")).containsExactly("2");
        assertThat(second.getBoolean(page + "pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void projectAndPortfolioGoalsCostTheSameStatementsWhateverTheirNumber() {
        String small = aWorkspaceWith(2);
        String large = aWorkspaceWith(5);

        long smallCount = statementsOf(small, 2);
        long largeCount = statementsOf(large, 5);

        assertThat(largeCount).isEqualTo(smallCount);
    }

    private static long statementsOf(String ws, int projects) {
        ok("query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", ws));
        JsonPath result = ok(NESTED, Map.of("ws", ws));
        String node = "data.workspace.projects.edges.node.";
        assertThat(result.getList(node + "key")).hasSize(projects);
        assertThat(result.getList(node + "goals.progress").toString()).contains("0.5000");
        assertThat(result.getList("data.workspace.portfolios.edges.node.goals.title").toString()).contains("Goal of");
        assertThat(result.getList(node + "goals.keyResults.checkIns.edges.node.value").toString()).contains("1");
        return result.getLong("extensions.cost.statements");
    }

    /** Projects each served by a goal with a key result half way, each goal also served by a portfolio. */
    private static String aWorkspaceWith(int projects) {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        for (int p = 0; p < projects; p++) {
            String key = "GG" + (char) ('A' + p);
            aProject(ws, key);
            String goal = asAdmin().body(Map.of("title", "Goal of " + key, "periodStart", "2027-01-01", "periodEnd",
                    "2027-03-31")).post(base + "/goals").then().statusCode(201).extract().path("id");
            String kr = asAdmin().body(Map.of("title", "Half", "kind", "NUMBER", "start", "0", "target", "2"))
                    .post(base + "/goals/" + goal + "/key-results").then().statusCode(201).extract().path("id");
            asAdmin().body(Map.of("value", 1)).post(base + "/key-results/" + kr + "/check-ins").then().statusCode(201);
            asAdmin().put(base + "/goals/" + goal + "/projects/" + key).then().statusCode(200);
            String portfolio = asAdmin().body(Map.of("name", "Portfolio of " + key, "currency", "EUR"))
                    .post(base + "/portfolios").then().statusCode(201).extract().path("id");
            asAdmin().put(base + "/goals/" + goal + "/portfolios/" + portfolio).then().statusCode(200);
        }
        return ws;
    }
}
