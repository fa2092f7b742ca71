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
import io.worklane.api.support.SteppedClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WorkItem.activity and statusDurations, Project.cycleTime: the history and its figures, as REST shows them. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLActivityTest {
    private static final String UPDATE = "mutation($in: UpdateWorkItemInput!) { updateWorkItem(input: $in) {"
            + " workItem { version } } }";
    private static final String HISTORY = "query($ws: String!, $key: String!, $after: String) {"
            + " workspace(idOrSlug: $ws) { workItem(key: $key) { activity(first: 2, after: $after) {"
            + " edges { cursor node { field before after actor { kind id } occurredAt } }"
            + " pageInfo { hasNextPage endCursor } } statusDurations { state totalSeconds }"
            + " project { cycleTime { completedItems averageSeconds medianSeconds } } } } }";

    @Test
    void theHistoryIsAConnectionOfChangesAndTheFiguresComeFromIt() {
        SteppedClock clock = SteppedClock.install();
        String ws = aWorkspace();
        aProject(ws, "GQA");
        String ada = aMember(ws, "ada@example.com");
        aWorkItem(ws, "GQA", "Draft");
        clock.advance(300);
        update(Map.of("workspace", ws, "workItem", "GQA-1", "title", "Final", "assignees", List.of(ada)));
        clock.advance(200);
        ok("mutation($in: TransitionWorkItemInput!) { transitionWorkItem(input: $in) { to } }",
                Map.of("in", Map.of("workspace", ws, "workItem", "GQA-1", "to", "done")));
        clock.advance(50);

        JsonPath first = ok(HISTORY, Map.of("ws", ws, "key", "GQA-1")).setRootPath("data.workspace.workItem");
        Map<String, Object> after = new java.util.HashMap<>(Map.of("ws", ws, "key", "GQA-1"));
        after.put("after", first.getString("activity.pageInfo.endCursor"));
        JsonPath second = ok(HISTORY, after).setRootPath("data.workspace.workItem");

        assertThat(first.getList("activity.edges.node.field")).containsExactly("created", "title");
        assertThat(first.getBoolean("activity.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getString("activity.edges[0].node.before")).isNull();
        assertThat(first.getMap("activity.edges[0].node.after")).containsEntry("title", "Draft");
        assertThat(first.getString("activity.edges[1].node.before")).isEqualTo("Draft");
        assertThat(first.getString("activity.edges[1].node.after")).isEqualTo("Final");
        assertThat(first.getString("activity.edges[1].node.actor.kind")).isEqualTo("API_KEY");
        assertThat(second.getList("activity.edges.node.field")).containsExactly("assignees", "status");
        assertThat(second.getList("activity.edges[0].node.after")).containsExactly(ada);
        assertThat(second.getBoolean("activity.pageInfo.hasNextPage")).isFalse();
        assertThat(first.getList("statusDurations.state")).containsExactly("todo", "done");
        assertThat(first.getList("statusDurations.totalSeconds")).containsExactly(500, 50);
        assertThat(first.getInt("project.cycleTime.completedItems")).isEqualTo(1);
        assertThat(first.getInt("project.cycleTime.averageSeconds")).isZero(); // todo → done at once
    }

    @Test
    void aProjectWithoutCompletedItemsHasNoCycleTimeFigures() {
        String ws = aWorkspace();
        aProject(ws, "NIL");

        JsonPath cycle = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"NIL\") {"
                + " cycleTime { completedItems averageSeconds medianSeconds } } } }", Map.of("ws", ws))
                .setRootPath("data.workspace.project.cycleTime");

        assertThat(cycle.getInt("completedItems")).isZero();
        assertThat(cycle.getString("averageSeconds")).isNull();
        assertThat(cycle.getString("medianSeconds")).isNull();
    }

    @Test
    void activityWithDifferentArgumentsInOneQueryIsRefused() {
        String ws = aWorkspace();
        aProject(ws, "MIX");
        aWorkItem(ws, "MIX", "Mixed");

        JsonPath refused = failing("query($ws: String!) { workspace(idOrSlug: $ws) { workItem(key: \"MIX-1\") {"
                + " few: activity(first: 1) { edges { cursor } } many: activity(first: 9) { edges { cursor } } } } }",
                Map.of("ws", ws));

        assertThat(refused.getString("errors[0].extensions.errors[0].code")).isEqualTo("CONFLICTING_ARGUMENTS");
    }

    private static void update(Map<String, Object> input) {
        ok(UPDATE, Map.of("in", input));
    }
}
