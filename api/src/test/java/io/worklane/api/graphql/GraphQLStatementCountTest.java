package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aComment;
import static io.worklane.api.graphql.Fixtures.aMember;
import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkItem;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the same nested query over a workspace and over one five times larger costs the same
 * number of SQL statements, because every nested level is loaded in one batch. The count is the
 * request's own ({@code extensions.cost.statements}), whatever background jobs run meanwhile.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLStatementCountTest {
    private static final String NESTED = "query($ws: String!) { workspace(idOrSlug: $ws) { id"
            + " projects(first: 50) { edges { node { key lead { email } customFields { key }"
            + " workItems(first: 50) { totalCount edges { node { key project { key }"
            + " assignees { email } reporter { email } parent { key } children { key }"
            + " comments { body author { kind } }"
            + " activity(first: 2) { edges { node { field actor { kind } } } } statusDurations { state } } } }"
            + " cycleTime { completedItems } } } } } }";

    @Test
    void aNestedQueryCostsTheSameStatementsWhateverTheNumberOfRows() {
        String small = aWorkspaceWith(2, 3);
        String large = aWorkspaceWith(10, 15);

        long smallCount = statementsOf(small, 2, 3);
        long largeCount = statementsOf(large, 10, 15);

        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(smallCount).as("one statement per level, not per row, counted for this request alone").isEqualTo(15);
    }

    private long statementsOf(String ws, int projects, int itemsPerProject) {
        ok("query($ws: String!) { workspace(idOrSlug: $ws) { id } }", Map.of("ws", ws)); // key and workspace in memory
        JsonPath result = ok(NESTED, Map.of("ws", ws));
        long used = result.getLong("extensions.cost.statements");
        List<Integer> totals = result.getList("data.workspace.projects.edges.node.workItems.totalCount");
        assertThat(totals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(projects * itemsPerProject);
        assertThat(result.getList("data.workspace.projects.edges.node.workItems.edges.node.comments.body")
                .toString()).contains("note on");
        assertThat(result.getList("data.workspace.projects.edges.node.workItems.edges.node.activity.edges.node.field")
                .toString()).contains("created");
        assertThat(result.getList("data.workspace.projects.edges.node.workItems.edges.node.statusDurations.state")
                .toString()).contains("todo");
        assertThat(result.getList("data.workspace.projects.edges.node.cycleTime.completedItems")).hasSize(projects);
        return used;
    }

    /** Projects each with a lead and items: the first item parents the others, each has assignees and a comment. */
    private static String aWorkspaceWith(int projects, int itemsPerProject) {
        String ws = aWorkspace();
        String ada = aMember(ws, "ada@example.com");
        String bob = aMember(ws, "bob@example.com");
        for (int p = 0; p < projects; p++) {
            String key = "P" + (char) ('A' + p) + "X";
            aProject(ws, key);
            ok("mutation($in: UpdateProjectInput!) { updateProject(input: $in) { project { id } } }",
                    Map.of("in", Map.of("workspace", ws, "project", key, "lead", ada)));
            String parent = null;
            for (int i = 0; i < itemsPerProject; i++) {
                Map<String, Object> more = parent == null ? Map.of("assignees", List.of(ada, bob), "reporter", bob)
                        : Map.of("assignees", List.of(bob), "reporter", ada, "parent", parent);
                String item = aWorkItem(ws, key, "Item " + i, more).getString("key");
                parent = parent == null ? item : parent;
                aComment(ws, item, "note on " + item);
            }
        }
        return ws;
    }
}
