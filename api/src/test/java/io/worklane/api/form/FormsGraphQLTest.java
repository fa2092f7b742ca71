package io.worklane.api.form;

import static io.worklane.api.form.FormFixtures.aProcessProject;
import static io.worklane.api.form.FormFixtures.anyone;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The same forms, rules and refusals through GraphQL. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class FormsGraphQLTest {
    private static final String CREATE = "mutation($in: CreateFormInput!) { createForm(input: $in) { form { id slug"
            + " projectKey itemType access version fields { key type target required options } } } }";
    private static final String UPDATE = "mutation($in: UpdateFormInput!) { updateForm(input: $in) { form { id title"
            + " confirmation access version } } }";
    private static final String DELETE = "mutation($in: DeleteFormInput!) { deleteForm(input: $in) { deletedId } }";
    private static final String LIST = "query($ws: String!) { workspace(idOrSlug: $ws) {"
            + " forms(first: 10) { edges { node { id slug } } pageInfo { hasNextPage } } } }";

    @Test
    void forms_are_created_replayed_listed_changed_and_deleted_through_graphql() {
        String ws = aWorkspace();
        aProcessProject(ws, "GQF");
        String slug = "g-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> input = Map.of("workspace", ws, "project", "GQF", "slug", slug, "title", "Ask",
                "confirmation", "Thanks", "idempotencyKey", "gql-form", "fields", List.of(Map.of("key", "summary",
                        "label", "Summary", "type", "TEXT", "target", "title", "required", true)));
        JsonPath created = GraphQL.ok(ADMIN_KEY, CREATE, Map.of("in", input)).setRootPath("data.createForm.form");
        String id = created.getString("id");
        assertThat(created.getString("itemType")).isEqualTo("REQUEST");
        assertThat(created.getString("access")).isEqualTo("PUBLIC");
        assertThat(created.getList("fields.target")).containsExactly("title");
        assertThat(GraphQL.ok(ADMIN_KEY, CREATE, Map.of("in", input)).getString("data.createForm.form.id")).isEqualTo(id);
        assertThat(GraphQL.ok(ADMIN_KEY, LIST, Map.of("ws", ws)).getList("data.workspace.forms.edges.node.id"))
                .containsExactly(id);

        JsonPath stale = GraphQL.as(ADMIN_KEY, UPDATE, Map.of("in", Map.of("workspace", ws, "id", id,
                "expectedVersion", 99, "title", "Stale")));
        assertThat(stale.getList("errors.extensions.code")).containsExactly("CONFLICT");
        int version = created.getInt("version");
        JsonPath changed = GraphQL.ok(ADMIN_KEY, UPDATE, Map.of("in", Map.of("workspace", ws, "id", id,
                "expectedVersion", version, "access", "MEMBERS", "clear", List.of("CONFIRMATION"))))
                .setRootPath("data.updateForm.form");
        assertThat(changed.getString("access")).isEqualTo("MEMBERS");
        assertThat(changed.getString("confirmation")).isNull();
        anyone().get(FormFixtures.open(slug)).then().statusCode(404);

        assertThat(GraphQL.ok(ADMIN_KEY, DELETE, Map.of("in", Map.of("workspace", ws, "id", id)))
                .getString("data.deleteForm.deletedId")).isEqualTo(id);
        assertThat(GraphQL.ok(ADMIN_KEY, LIST, Map.of("ws", ws)).getList("data.workspace.forms.edges")).isEmpty();
    }

    @Test
    void refusals_carry_the_same_codes_as_rest() {
        String ws = aWorkspace();
        aProject(ws, "TMP");
        JsonPath notProcess = GraphQL.as(ADMIN_KEY, CREATE, Map.of("in", Map.of("workspace", ws, "project", "TMP",
                "slug", "g-" + UUID.randomUUID().toString().substring(0, 8), "title", "Ask")));
        assertThat(notProcess.getList("errors.extensions.code")).containsExactly("FORM_NEEDS_PROCESS_PROJECT");
        JsonPath missing = GraphQL.as(ADMIN_KEY, DELETE, Map.of("in", Map.of("workspace", ws,
                "id", UUID.randomUUID().toString())));
        assertThat(missing.getList("errors.extensions.code")).containsExactly("FORM_NOT_FOUND");
    }
}
