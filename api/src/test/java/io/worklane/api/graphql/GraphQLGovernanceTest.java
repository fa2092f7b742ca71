package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status reports and close-out over GraphQL: the same rules and codes as REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLGovernanceTest {
    private static final String DRAFT = "mutation($ws: String!) { draftStatusReport(input: {workspace: $ws,"
            + " project: \"GG\", asOf: \"2026-12-31\"}) { statusReport { id status suggestedHealth reasons figures"
            + " version } } }";
    private static final String UPDATE = "mutation($ws: String!, $id: ID!, $v: Int) { updateStatusReport(input:"
            + " {workspace: $ws, project: \"GG\", id: $id, expectedVersion: $v, summary: \"Fine\", health: AT_RISK})"
            + " { statusReport { summary health version } } }";
    private static final String PUBLISH = "mutation($ws: String!, $id: ID!) { publishStatusReport(input: {workspace:"
            + " $ws, project: \"GG\", id: $id}) { statusReport { status publishedAt } } }";
    private static final String CLOSE = "mutation($ws: String!) { closeProject(input: {workspace: $ws, project: \"GG\","
            + " outcome: \"Done\", lessonsLearned: \"Start earlier\"}) { closure { status forced lessonsLearned } } }";

    @Test
    void a_report_is_drafted_edited_published_and_the_project_closed() {
        String ws = aWorkspace();
        aProject(ws, "GG");
        JsonPath draft = ok(DRAFT, Map.of("ws", ws));
        String id = draft.getString("data.draftStatusReport.statusReport.id");
        assertThat(draft.getString("data.draftStatusReport.statusReport.suggestedHealth")).isEqualTo("ON_TRACK");
        assertThat(draft.getInt("data.draftStatusReport.statusReport.figures.progress.itemsTotal")).isZero();
        assertThat(failing(CLOSE, Map.of("ws", ws)).getString("errors[0].extensions.code"))
                .isEqualTo("PROJECT_NOT_READY_TO_CLOSE");
        assertThat(ok(UPDATE, Map.of("ws", ws, "id", id, "v", 0)).getString("data.updateStatusReport.statusReport.health"))
                .isEqualTo("AT_RISK");
        assertThat(failing(UPDATE, Map.of("ws", ws, "id", id, "v", 0)).getString("errors[0].extensions.code"))
                .isEqualTo("CONFLICT");
        assertThat(ok(PUBLISH, Map.of("ws", ws, "id", id)).getString("data.publishStatusReport.statusReport.status"))
                .isEqualTo("PUBLISHED");
        assertThat(failing(PUBLISH, Map.of("ws", ws, "id", id)).getString("errors[0].extensions.code"))
                .isEqualTo("STATUS_REPORT_PUBLISHED");
        assertThat(failing(UPDATE, Map.of("ws", ws, "id", id)).getString("errors[0].extensions.code"))
                .isEqualTo("STATUS_REPORT_PUBLISHED");

        JsonPath closed = ok(CLOSE, Map.of("ws", ws));
        assertThat(closed.getString("data.closeProject.closure.status")).isEqualTo("COMPLETED");
        JsonPath read = ok("query($ws: String!) { workspace(idOrSlug: $ws) { lessons { edges { node { projectKey"
                + " lessonsLearned } } } project(key: \"GG\") { status statusReports { edges { node { health status } } }"
                + " } } }", Map.of("ws", ws));
        assertThat(read.getList("data.workspace.lessons.edges.node.lessonsLearned")).containsExactly("Start earlier");
        assertThat(read.getString("data.workspace.project.status")).isEqualTo("COMPLETED");
        assertThat(read.getList("data.workspace.project.statusReports.edges.node.health")).isEqualTo(List.of("AT_RISK"));
    }
}
