package io.worklane.api.graphql;

import static io.restassured.RestAssured.given;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain properties are read without SmallRye's per-field context (PlainProperties): text, numbers, booleans,
 * enums, lists and nested objects must answer exactly what REST answers for the same item, and the
 * transformed scalars (dates, ids) still come out as SmallRye writes them.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PlainPropertiesTest {
    @Test
    void aWorkItemReadOverGraphQLAnswersWhatRestAnswers() {
        String ws = aWorkspace();
        aProject(ws, "PP");
        String ada = aMember(ws, "ada-" + ws + "@example.com");
        String key = aWorkItem(ws, "PP", "Plain title", Map.of("priority", "HIGH", "estimateMinutes", 90,
                "labels", List.of("alpha", "beta"), "assignees", List.of(ada))).getString("key");
        aComment(ws, key, "A plain comment");

        JsonPath graphql = ok("query($ws: String!, $key: String!) { workspace(idOrSlug: $ws) { workItem(key: $key) {"
                + " id key title status priority type version estimateMinutes labels blocked createdAt"
                + " assignees { id email } comments { body author { kind } } project { key } } } }",
                Map.of("ws", ws, "key", key)).setRootPath("data.workspace.workItem");
        JsonPath rest = given().header("Authorization", "Bearer " + GraphQLClient.ADMIN_KEY)
                .get("/api/v1/workspaces/" + ws + "/work-items/" + key).then().statusCode(200).extract().jsonPath();

        for (String field : List.of("id", "key", "title", "status", "priority", "type", "version", "estimateMinutes",
                "labels", "blocked")) {
            assertThat((Object) graphql.get(field)).as(field).isEqualTo(rest.get(field));
        }
        assertThat(Instant.parse(graphql.getString("createdAt"))).as("createdAt, written by SmallRye")
                .isEqualTo(Instant.parse(rest.getString("createdAt")));
        assertThat(graphql.getString("priority")).isEqualTo("HIGH");
        assertThat(graphql.getInt("estimateMinutes")).isEqualTo(90);
        assertThat(graphql.getList("assignees.id")).isEqualTo(rest.getList("assigneeIds"));
        assertThat(graphql.getList("assignees.email")).containsExactly("ada-" + ws + "@example.com");
        assertThat(graphql.getList("comments.body")).containsExactly("A plain comment");
        assertThat(graphql.getList("comments.author.kind")).containsExactly("API_KEY");
        assertThat(graphql.getString("project.key")).isEqualTo("PP");
    }
}
