package io.worklane.api.search;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workspace.search: the same results as REST, as a connection, and the same refusals. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLSearchTest {
    private static final String SEARCH = """
            query($ws: String!, $q: String!, $types: [SearchResultType!], $first: Int, $after: String) {
              workspace(idOrSlug: $ws) { search(query: $q, types: $types, first: $first, after: $after) {
                edges { cursor node { type id ref title snippet score } } pageInfo { hasNextPage endCursor } } } }""";

    @Test
    void pages_through_the_same_results_as_rest() {
        String ws = aWorkspace();
        aProject(ws, "GQS");
        for (int i = 1; i <= 5; i++) {
            aWorkItem(ws, "GQS", "Narwhal tracking " + i);
        }
        List<String> rest = io.worklane.api.support.Api.asAdmin().get(SearchRestTest.search(ws) + "?q=narwhal")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more;
        do {
            Map<String, Object> vars = new HashMap<>(Map.of("ws", ws, "q", "narwhal", "first", 2));
            vars.put("after", after);
            JsonPath page = GraphQL.ok(ADMIN_KEY, SEARCH, vars);
            paged.addAll(page.getList("data.workspace.search.edges.node.id", String.class));
            assertThat(page.getList("data.workspace.search.edges.node.snippet", String.class))
                    .allMatch(s -> s.contains("<mark>Narwhal</mark>"));
            more = page.getBoolean("data.workspace.search.pageInfo.hasNextPage");
            after = page.getString("data.workspace.search.pageInfo.endCursor");
        } while (more);
        assertThat(rest).hasSize(5);
        assertThat(paged).isEqualTo(rest);
    }

    @Test
    void an_empty_query_is_refused_with_the_rest_code() {
        String ws = aWorkspace();
        JsonPath refused = GraphQL.as(ADMIN_KEY, SEARCH, Map.of("ws", ws, "q", " "));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        JsonPath unknown = GraphQL.as(ADMIN_KEY, SEARCH, Map.of("ws", ws, "q", "x", "types", List.of("GOAL")));
        assertThat(unknown.getString("errors[0].message")).contains("GOAL");
    }
}
