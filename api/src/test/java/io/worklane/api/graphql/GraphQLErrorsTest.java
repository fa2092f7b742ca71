package io.worklane.api.graphql;

import static io.worklane.api.graphql.Fixtures.aProject;
import static io.worklane.api.graphql.Fixtures.aWorkItem;
import static io.worklane.api.graphql.Fixtures.aWorkspace;
import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.graphql.GraphQLClient.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error carries extensions.code (the REST codes), field errors for validation, and nothing internal. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLErrorsTest {
    private static final String UPDATE_PARENT = "mutation($in: UpdateWorkItemInput!) { updateWorkItem(input: $in) {"
            + " workItem { key } } }";

    @Test
    void anInvisibleWorkspaceIsNotFoundWithItsCode() {
        JsonPath result = failing("{ workspace(idOrSlug: \"no-such-workspace\") { id } }", Map.of());

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("WORKSPACE_NOT_FOUND");
        assertThat(result.getString("errors[0].message")).contains("no-such-workspace");
        assertThat(result.getList("errors[0].path")).containsExactly("workspace");
        assertThat(result.getString("data.workspace")).isNull();
    }

    @Test
    void invalidInputIsValidationFailedWithTheFieldsAtFault() {
        String ws = aWorkspace();

        JsonPath result = failing("mutation($in: CreateProjectInput!) { createProject(input: $in) { project { id } } }",
                Map.of("in", Map.of("workspace", ws, "key", "not a key", "name", "")));

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(result.getList("errors[0].extensions.errors.field")).contains("key", "name");
        assertThat(result.getList("errors[0].extensions.errors.code")).contains("INVALID_FORMAT", "REQUIRED");
    }

    @Test
    void aParentCycleIsRefusedWithItsCode() {
        String ws = aWorkspace();
        aProject(ws, "CYC");
        String top = aWorkItem(ws, "CYC", "Top").getString("key");
        String below = aWorkItem(ws, "CYC", "Below", Map.of("parent", top)).getString("key");

        JsonPath result = failing(UPDATE_PARENT, Map.of("in", Map.of("workspace", ws, "workItem", top,
                "parent", below)));

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("PARENT_CYCLE");
    }

    @Test
    void aValueAndAClearOfTheSameFieldAreRefused() {
        String ws = aWorkspace();
        aProject(ws, "CLR");
        String key = aWorkItem(ws, "CLR", "Item").getString("key");

        JsonPath result = failing(UPDATE_PARENT, Map.of("in", Map.of("workspace", ws, "workItem", key,
                "description", "new", "clear", java.util.List.of("DESCRIPTION"))));

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(result.getString("errors[0].extensions.errors[0].field")).isEqualTo("description");
        assertThat(result.getString("errors[0].extensions.errors[0].code")).isEqualTo("CONFLICTING_CHANGE");
    }

    @Test
    void aTamperedCursorAndAnOversizedPageAreRefused() {
        assertThat(failing("{ workspaces(after: \"bm90LWEtY3Vyc29y\") { edges { cursor } } }", Map.of())
                .getString("errors[0].extensions.code")).isEqualTo("INVALID_CURSOR");

        JsonPath tooMany = failing("{ workspaces(first: 201) { edges { cursor } } }", Map.of());
        assertThat(tooMany.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(tooMany.getString("errors[0].extensions.errors[0].field")).isEqualTo("first");
    }

    @Test
    void aTooDeepQueryIsRefusedBeforeItRuns() {
        String deep = "{ workspace(idOrSlug: \"x\") { workItem(key: \"A-1\") {"
                + " parent { parent { parent { parent { parent { parent { parent { parent { parent { parent {"
                + " parent { parent { parent { parent { id } } } } } } } } } } } } } } } } }";

        JsonPath result = failing(deep, Map.of());

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(result.getString("errors[0].extensions.errors[0].code")).isEqualTo("TOO_DEEP");
        assertThat(result.getString("data")).isNull();
    }

    @Test
    void aTooCostlyQueryIsRefusedBeforeItRuns() {
        String costly = "{ workspaces(first: 200) { edges { node { projects(first: 200) { edges { node {"
                + " workItems(first: 200) { edges { node { id } } } } } } } } } }";

        JsonPath result = failing(costly, Map.of());

        assertThat(result.getString("errors[0].extensions.errors[0].code")).isEqualTo("TOO_COSTLY");
        assertThat(result.getInt("extensions.cost.estimated")).isGreaterThan(result.getInt("extensions.cost.limit"));
    }

    @Test
    void everyResponseReportsTheEstimatedCost() {
        JsonPath result = ok("{ workspaces(first: 10) { edges { node { id slug } } } }");

        // workspaces: 1 + 10 × (edges: 1 + (node: 1 + (id: 1 + slug: 1)))
        assertThat(result.getInt("extensions.cost.estimated")).isEqualTo(41);
        assertThat(result.getInt("extensions.cost.limit")).isEqualTo(100_000);
    }

    @Test
    void anInvalidQueryIsValidationFailedNamingTheProblem() {
        JsonPath unknown = failing("{ workspaces { edges { node { noSuchField } } } }", Map.of());

        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(unknown.getString("errors[0].extensions.errors[0].code")).isEqualTo("FIELD_UNDEFINED");
    }

    /** SmallRye would answer a syntax error itself without a code: GraphQLRequestCheck reads the document first. */
    @Test
    void aSyntaxErrorIsValidationFailedWithWhereItIs() {
        JsonPath syntax = failing("{ workspaces(first: ) }", Map.of());

        assertThat(syntax.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(syntax.getString("errors[0].extensions.errors[0].code")).isEqualTo("INVALID_SYNTAX");
        assertThat(syntax.getString("errors[0].message")).contains("line 1");
        assertThat(syntax.prettify()).doesNotContain("io.smallrye").doesNotContain("io.worklane");
    }

    @Test
    void errorsNeverShowClassNamesOrStackTraces() {
        String ws = aWorkspace();
        String body = post("mutation($in: CreateWorkItemInput!) { createWorkItem(input: $in) { workItem { id } } }",
                Map.of("in", Map.of("workspace", ws, "project", "NOPE", "title", "x",
                        "assignees", java.util.List.of("not-a-uuid")))).extract().asString();

        assertThat(body).contains("\"code\":\"VALIDATION_FAILED\"").contains("INVALID_ID");
        assertThat(body).doesNotContain("Exception").doesNotContain("io.worklane").doesNotContain("\tat ")
                .doesNotContain("classification");
    }
}
