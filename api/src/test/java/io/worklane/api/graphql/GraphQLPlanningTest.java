package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dependencies, links and schedules over GraphQL: the same rules and codes as REST. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLPlanningTest {
    private static final String CREATE = "mutation($ws: String!, $item: String!, $pred: String!, $type: DependencyType,"
            + " $lag: Int) { createDependency(input: {workspace: $ws, workItem: $item, predecessor: $pred, type: $type,"
            + " lagDays: $lag}) { dependency { id type lagDays predecessor { key } successor { key } } } }";

    @Test
    void dependencies_and_links_are_made_read_on_both_ends_and_removed() {
        String ws = aWorkspace();
        aProject(ws, "GQ");
        aWorkItem(ws, "GQ", "Spec");
        aWorkItem(ws, "GQ", "Build");
        JsonPath made = ok(CREATE, Map.of("ws", ws, "item", "GQ-2", "pred", "GQ-1", "type", "SS", "lag", -1));
        String id = made.getString("data.createDependency.dependency.id");
        assertThat(made.getString("data.createDependency.dependency.type")).isEqualTo("SS");
        assertThat(made.getInt("data.createDependency.dependency.lagDays")).isEqualTo(-1);
        String link = ok("mutation($ws: String!) { createLink(input: {workspace: $ws, workItem: \"GQ-1\", target: \"GQ-2\","
                + " type: DUPLICATES}) { link { id type direction item { key } } } }", Map.of("ws", ws))
                .getString("data.createLink.link.id");
        JsonPath read = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"GQ\") { workItems(first: 10,"
                + " orderBy: CREATED_AT_ASC) { edges { node { key blocked predecessors { type predecessor { key } }"
                + " successors { successor { key } } links { type direction item { key } } } } } } } }",
                Map.of("ws", ws));
        String nodes = "data.workspace.project.workItems.edges.node";
        assertThat(read.getList(nodes + ".key")).containsExactly("GQ-1", "GQ-2");
        assertThat(read.getString(nodes + "[1].predecessors[0].predecessor.key")).isEqualTo("GQ-1");
        assertThat(read.getString(nodes + "[0].successors[0].successor.key")).isEqualTo("GQ-2");
        assertThat(read.getString(nodes + "[0].links[0].direction")).isEqualTo("OUTGOING");
        assertThat(read.getString(nodes + "[1].links[0].direction")).isEqualTo("INCOMING");
        assertThat(read.getList(nodes + ".blocked")).containsExactly(false, false);
        ok("mutation($ws: String!, $id: ID!) { deleteDependency(input: {workspace: $ws, workItem: \"GQ-1\", id: $id})"
                + " { deletedId } }", Map.of("ws", ws, "id", id));
        ok("mutation($ws: String!, $id: ID!) { deleteLink(input: {workspace: $ws, workItem: \"GQ-2\", id: $id})"
                + " { deletedId } }", Map.of("ws", ws, "id", link));
        JsonPath after = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"GQ\") { workItems(first: 10)"
                + " { edges { node { predecessors { type } links { type } } } } } } }", Map.of("ws", ws));
        assertThat(after.getList("data.workspace.project.workItems.edges.node.predecessors.flatten()")).isEmpty();
        assertThat(after.getList("data.workspace.project.workItems.edges.node.links.flatten()")).isEmpty();
    }

    @Test
    void a_cycle_is_refused_with_its_keys_in_the_extensions() {
        String ws = aWorkspace();
        aProject(ws, "CY");
        aWorkItem(ws, "CY", "One");
        aWorkItem(ws, "CY", "Two");
        ok(CREATE, Map.of("ws", ws, "item", "CY-2", "pred", "CY-1"));
        JsonPath refused = failing(CREATE, Map.of("ws", ws, "item", "CY-1", "pred", "CY-2"));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("DEPENDENCY_CYCLE");
        assertThat(refused.getList("errors[0].extensions.cycle")).containsExactly("CY-1", "CY-2", "CY-1");
        assertThat(failing(CREATE, Map.of("ws", ws, "item", "CY-1", "pred", "CY-1"))
                .getString("errors[0].extensions.code")).isEqualTo("DEPENDENCY_SELF");
        assertThat(failing(CREATE, Map.of("ws", ws, "item", "CY-2", "pred", "CY-1", "lag", 4000))
                .getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void the_schedule_and_its_application_answer_as_over_rest() {
        String ws = aWorkspace();
        io.worklane.api.support.Api.asAdmin().body(Map.of("key", "SC", "name", "Sched", "kind", "PROJECT",
                "startDate", "2026-12-14")).post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
        io.worklane.api.support.Api.asAdmin().body(Map.of("project", "SC", "title", "A", "startDate", "2026-12-14",
                "dueDate", "2026-12-15")).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        io.worklane.api.support.Api.asAdmin().body(Map.of("project", "SC", "title", "B", "startDate", "2026-12-14",
                "dueDate", "2026-12-14")).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
        ok(CREATE, Map.of("ws", ws, "item", "SC-2", "pred", "SC-1"));
        JsonPath schedule = ok("query($ws: String!) { workspace(idOrSlug: $ws) { project(key: \"SC\") { schedule {"
                + " earliestFinish criticalPaths { keys } items { key earlyStart critical } } workItems(first: 5) { edges { node"
                + " { key scheduleConflicts { predecessor days earliest } } } } } } }", Map.of("ws", ws));
        assertThat(schedule.getString("data.workspace.project.schedule.earliestFinish")).isEqualTo("2026-12-16");
        assertThat(schedule.getList("data.workspace.project.schedule.criticalPaths[0].keys")).containsExactly("SC-1", "SC-2");
        assertThat(schedule.getList("data.workspace.project.workItems.edges.node.scheduleConflicts.flatten().days"))
                .containsExactly(2);
        JsonPath applied = ok("mutation($ws: String!) { applySchedule(input: {workspace: $ws, project: \"SC\"}) {"
                + " dryRun changes { key field from to why } } }", Map.of("ws", ws));
        assertThat(applied.getList("data.applySchedule.changes.to")).containsExactly("2026-12-16", "2026-12-16");
        assertThat(applied.getString("data.applySchedule.changes[0].why")).contains("SC-1 finishes on 2026-12-15 (FS)");
    }
}
