package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Create mutations with an idempotencyKey: a retry returns the first result and creates nothing new. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLIdempotencyTest {
    private static final String CREATE = "mutation($in: CreateWorkItemInput!) { createWorkItem(input: $in) {"
            + " workItem { id key title } } }";
    private static final String COUNT = "query($ws: String!) { workspace(idOrSlug: $ws) { workItems { totalCount } } }";

    @Test
    void theSameKeyAndInputReturnTheFirstResultAgain() {
        String ws = aWorkspace();
        aProject(ws, "IDM");
        Map<String, Object> in = input(ws, "Once", UUID.randomUUID().toString());

        String first = ok(CREATE, Map.of("in", in)).getString("data.createWorkItem.workItem.id");
        String again = ok(CREATE, Map.of("in", in)).getString("data.createWorkItem.workItem.id");

        assertThat(again).isEqualTo(first);
        assertThat(ok(COUNT, Map.of("ws", ws)).getInt("data.workspace.workItems.totalCount")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherInputIsRefused() {
        String ws = aWorkspace();
        aProject(ws, "IDN");
        String key = UUID.randomUUID().toString();
        ok(CREATE, Map.of("in", input(ws, "First", key)));

        assertThat(failing(CREATE, Map.of("in", input(ws, "Second", key)))
                .getString("errors[0].extensions.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void withoutAKeyEveryCallCreates() {
        String ws = aWorkspace();
        aProject(ws, "IDO");
        ok(CREATE, Map.of("in", input(ws, "Twice", null)));
        ok(CREATE, Map.of("in", input(ws, "Twice", null)));

        assertThat(ok(COUNT, Map.of("ws", ws)).getInt("data.workspace.workItems.totalCount")).isEqualTo(2);
    }

    @Test
    void aBlankKeyIsInvalid() {
        String ws = aWorkspace();
        aProject(ws, "IDP");

        assertThat(failing(CREATE, Map.of("in", input(ws, "Blank", " ")))
                .getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
    }

    private static Map<String, Object> input(String ws, String title, String key) {
        Map<String, Object> in = new HashMap<>();
        in.put("workspace", ws);
        in.put("project", ws.equals("") ? "" : projectOf(ws));
        in.put("title", title);
        in.put("customFields", Map.of());
        if (key != null) {
            in.put("idempotencyKey", key);
        }
        return in;
    }

    private static String projectOf(String ws) {
        return ok("query($ws: String!) { workspace(idOrSlug: $ws) { projects(first: 1) { edges { node { key } } } } }",
                Map.of("ws", ws)).getString("data.workspace.projects.edges[0].node.key");
    }
}
