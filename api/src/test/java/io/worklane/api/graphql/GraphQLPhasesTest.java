package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phases' mutations and Project.milestones over GraphQL: the same rules and codes as REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLPhasesTest {
    private static final String CREATE = "mutation($ws: String!, $name: String!, $pos: Int, $start: Date, $end: Date) {"
            + " createPhase(input: {workspace: $ws, project: \"GP\", name: $name, position: $pos, startDate: $start,"
            + " endDate: $end}) { phase { id name position startDate endDate version } } }";
    private static final String UPDATE = "mutation($ws: String!, $id: ID!, $v: Int, $name: String, $clear: [PhaseField!])"
            + " { updatePhase(input: {workspace: $ws, project: \"GP\", id: $id, expectedVersion: $v, name: $name,"
            + " clear: $clear}) { phase { name startDate version } } }";

    @Test
    void phases_are_created_in_order_updated_with_their_version_and_deleted() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "GP", "name", "Launch GP", "kind", "PROJECT", "startDate", "2026-12-14",
                "targetDate", "2026-12-31")).post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        String design = ok(CREATE, Map.of("ws", ws, "name", "Design", "start", "2026-12-14", "end", "2026-12-18"))
                .getString("data.createPhase.phase.id");
        ok(CREATE, Map.of("ws", ws, "name", "Launch"));
        JsonPath build = ok(CREATE, Map.of("ws", ws, "name", "Build", "pos", 1));
        assertThat(build.getInt("data.createPhase.phase.position")).isEqualTo(1);
        JsonPath bad = failing(CREATE, Map.of("ws", ws, "name", "Bad", "start", "2026-12-18", "end", "2026-12-14"));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");

        JsonPath renamed = ok(UPDATE, Map.of("ws", ws, "id", design, "v", 0, "name", "Discovery",
                "clear", List.of("START_DATE")));
        assertThat(renamed.getString("data.updatePhase.phase.name")).isEqualTo("Discovery");
        assertThat(renamed.getString("data.updatePhase.phase.startDate")).isNull();
        assertThat(renamed.getInt("data.updatePhase.phase.version")).isEqualTo(1);
        JsonPath stale = failing(UPDATE, Map.of("ws", ws, "id", design, "v", 0, "name", "Stale"));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");

        JsonPath read = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"GP\") { phases { name } } } }",
                Map.of("ws", ws));
        assertThat(read.getList("data.workspace.project.phases.name")).containsExactly("Discovery", "Build", "Launch");
        String delete = "mutation($ws: String!, $id: ID!) { deletePhase(input: {workspace: $ws, project: \"GP\","
                + " id: $id}) { deletedId } }";
        assertThat(ok(delete, Map.of("ws", ws, "id", design)).getString("data.deletePhase.deletedId")).isEqualTo(design);
        assertThat(failing(delete, Map.of("ws", ws, "id", design)).getString("errors[0].extensions.code"))
                .isEqualTo("PHASE_NOT_FOUND");
    }

    @Test
    void milestones_show_their_status_against_the_schedule() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "GP", "name", "Launch GP", "kind", "PROJECT", "startDate", "2026-12-14",
                "targetDate", "2026-12-31")).post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        String items = "/api/v1/workspaces/" + ws + "/work-items";
        String design = asAdmin().body(Map.of("project", "GP", "title", "Design", "startDate", "2026-12-14",
                "dueDate", "2026-12-18")).post(items).then().statusCode(201).extract().path("key");
        String early = asAdmin().body(Map.of("project", "GP", "title", "Too early", "type", "MILESTONE",
                "dueDate", "2026-12-16")).post(items).then().statusCode(201).extract().path("key");
        asAdmin().body(Map.of("predecessor", design)).post(items + "/" + early + "/dependencies").then().statusCode(201);
        JsonPath read = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"GP\") { milestones {"
                + " key date forecast status slipDays } } } }", Map.of("ws", ws));
        assertThat(read.getList("data.workspace.project.milestones.key")).containsExactly(early);
        assertThat(read.getString("data.workspace.project.milestones[0].status")).isEqualTo("AT_RISK");
        assertThat(read.getString("data.workspace.project.milestones[0].forecast")).isEqualTo("2026-12-18");
        assertThat(read.getInt("data.workspace.project.milestones[0].slipDays")).isEqualTo(2);
    }
}
