package io.worklane.api.imports;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.worklane.api.application.job.JobRunner;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Imports (issue #15 item 3, ADR 0071): a dry run reports every problem of every row and writes nothing; a
 * real import is a job whose rows go through the single-item use cases, idempotent by external id; Jira and
 * Trello exports (anonymised samples in test resources) come in with their usual columns; bad files are 400
 * with their row and column.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ImportRestTest {
    static final String CSV = """
            Key,Summary,Status,Owner,Due,Points,Parent,After
            OPS-A,Plan the migration,Open,ada@example.com,2027-01-15,5,,
            OPS-B,Move the database,In work,,2027-02-01,8,OPS-A,
            OPS-C,Switch the traffic,Open,grace@example.com,,3,OPS-A,OPS-B
            """;
    static final Map<String, Object> COLUMNS = Map.of("Key", "externalId", "Summary", "title", "Status", "state",
            "Owner", "assignee", "Due", "dueDate", "Points", "customFields.points", "Parent", "parent",
            "After", "dependsOn");
    static final Map<String, Object> STATES = Map.of("Open", "todo", "In work", "in_progress", "Closed", "done");

    @Inject
    JobRunner runner;
    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    static String imports(String ws) {
        return "/api/v1/workspaces/" + ws + "/imports";
    }

    static Response upload(String ws, byte[] file, String fileName, Map<String, Object> mapping, String key) {
        var request = given().header("Authorization", "Bearer " + ADMIN_KEY).multiPart("file", fileName, file, "text/csv")
                .multiPart("mapping", json(mapping), "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(imports(ws));
    }

    static String json(Map<String, Object> mapping) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(mapping);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> csvMapping(String project, boolean dryRun) {
        return Map.of("format", "CSV", "project", project, "columns", COLUMNS, "states", STATES, "dryRun", dryRun);
    }

    static String workspaceWithPoints(String project) {
        String ws = aWorkspace();
        aProject(ws, project);
        asAdmin().body(Map.of("key", "points", "name", "Points", "type", "NUMBER"))
                .post("/api/v1/workspaces/" + ws + "/projects/" + project + "/custom-fields").then().statusCode(201);
        aMember(ws, "ada@example.com");
        aMember(ws, "grace@example.com");
        return ws;
    }

    private void runJobs() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> runner.runAvailable());
    }

    static JsonPath items(String ws, String project) {
        return asAdmin().queryParam("filter", "project = " + project).queryParam("limit", 200)
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> byTitle(JsonPath items, String title) {
        return items.getMap("items.find { it.title == '" + title + "' }");
    }

    @Test
    void a_dry_run_reports_every_problem_of_every_row_and_a_real_import_with_problems_writes_nothing() {
        String ws = workspaceWithPoints("DRY");
        String bad = """
                Key,Summary,Status,Owner,Due,Points,Parent,After
                D-1,Fine row,Open,ada@example.com,2027-01-15,5,,
                D-2,,Sideways,kim@example.com,soon,lots,D-9,D-8
                D-1,Same id again,Open,,,,,
                """;
        upload(ws, bad.getBytes(StandardCharsets.UTF_8), "bad.csv", csvMapping("DRY", true), null).then()
                .statusCode(200).body("dryRun", equalTo(true)).body("rows", equalTo(1)).body("creates", equalTo(1))
                .body("problemCount", equalTo(8))
                .body("problems.findAll { it.row == 3 }.column", equalTo(List.of("Summary", "Status", "Owner", "Due",
                        "Parent", "Points", "After")))
                .body("problems.findAll { it.row == 3 }.code", equalTo(List.of("REQUIRED", "UNKNOWN_STATE",
                        "UNKNOWN_ASSIGNEE", "INVALID_DATE", "UNKNOWN_PARENT", "INVALID_VALUE", "UNKNOWN_DEPENDENCY")))
                .body("problems.find { it.column == 'Status' }.message", containsString("todo"))
                .body("problems.find { it.row == 4 }.code", equalTo("DUPLICATE_EXTERNAL_ID"));
        upload(ws, bad.getBytes(StandardCharsets.UTF_8), "bad.csv", csvMapping("DRY", false), null).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("Summary")).body("errors.size()", equalTo(8));
        upload(ws, CSV.getBytes(StandardCharsets.UTF_8), "ok.csv", csvMapping("DRY", true), null).then()
                .statusCode(200).body("problemCount", equalTo(0)).body("creates", equalTo(3))
                .body("dependencies", equalTo(1));
        assertThat(items(ws, "DRY").getList("items")).isEmpty();
        assertThat(asAdmin().get("/api/v1/workspaces/" + ws + "/events").then().extract().jsonPath()
                .getList("items.type")).doesNotContain("work_item.created");
    }

    @Test
    void a_real_import_is_a_job_and_importing_again_updates_the_items_it_created() throws Throwable {
        String ws = workspaceWithPoints("IMP");
        String key = "import-" + UUID.randomUUID();
        byte[] file = CSV.getBytes(StandardCharsets.UTF_8);
        String id = upload(ws, file, "plan.csv", csvMapping("IMP", false), key).then().statusCode(202)
                .body("kind", equalTo("import")).body("status", equalTo("QUEUED"))
                .body("progress.total", equalTo(4)).extract().path("id");
        upload(ws, file, "plan.csv", csvMapping("IMP", false), key).then().statusCode(202)
                .header("Location", endsWith("/jobs/" + id)).body("id", equalTo(id));
        runJobs();
        asAdmin().get("/api/v1/workspaces/" + ws + "/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("progress.done", equalTo(4))
                .body("progress.failed", equalTo(0)).body("result.creates", equalTo(3));

        JsonPath items = items(ws, "IMP");
        assertThat(items.getList("items")).hasSize(3);
        Map<String, Object> plan = byTitle(items, "Plan the migration");
        Map<String, Object> move = byTitle(items, "Move the database");
        assertThat(plan).containsEntry("status", "todo").containsEntry("dueDate", "2027-01-15");
        assertThat(list(plan, "assigneeIds")).hasSize(1);
        assertThat(map(plan, "customFields")).containsEntry("points", 5);
        assertThat(move).containsEntry("status", "in_progress").containsEntry("parentKey", plan.get("key"));
        String switchKey = (String) byTitle(items, "Switch the traffic").get("key");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + switchKey + "/dependencies").then()
                .statusCode(200).body("predecessors[0].predecessor.key", equalTo(move.get("key")));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + plan.get("key") + "/activity").then()
                .statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        JsonPath events = asAdmin().queryParam("limit", 1000).get("/api/v1/workspaces/" + ws + "/events").then()
                .extract().jsonPath();
        assertThat(events.getList("items.findAll { it.type == 'work_item.created' }")).hasSize(3);
        assertThat(events.getList("items.findAll { it.type == 'dependency.created' }")).hasSize(1);

        String again = CSV.replace("Move the database,In work", "Move the database to PostgreSQL 17,Closed");
        String second = upload(ws, again.getBytes(StandardCharsets.UTF_8), "plan.csv", csvMapping("IMP", false), null)
                .then().statusCode(202).extract().path("id");
        runJobs();
        asAdmin().get("/api/v1/workspaces/" + ws + "/jobs/" + second).then().body("status", equalTo("SUCCEEDED"))
                .body("progress.failed", equalTo(0)).body("result.updates", equalTo(3));
        JsonPath after = items(ws, "IMP");
        assertThat(after.getList("items")).hasSize(3);
        Map<String, Object> moved = byTitle(after, "Move the database to PostgreSQL 17");
        assertThat(moved).containsEntry("key", move.get("key")).containsEntry("status", "done");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + switchKey + "/dependencies").then()
                .body("predecessors.size()", equalTo(1));
        JsonPath later = asAdmin().queryParam("limit", 1000).get("/api/v1/workspaces/" + ws + "/events").then()
                .extract().jsonPath();
        assertThat(later.getList("items.findAll { it.type == 'work_item.created' }")).hasSize(3);
        assertThat(later.getList("items.findAll { it.type == 'work_item.transitioned' }")).hasSize(1);
    }

    @Test
    void json_lines_import_and_a_row_refused_when_the_job_runs_is_reported_while_the_others_go_in() throws Throwable {
        String ws = workspaceWithPoints("JL");
        String kim = aMember(ws, "kim@example.com");
        String lines = """
                {"id": "j-1", "name": "First", "labels": ["alpha", "beta"], "points": 2}

                {"id": "j-2", "name": "Second", "state": "done", "owner": "kim@example.com"}
                """;
        Map<String, Object> mapping = Map.of("format", "JSONL", "project", "JL", "source", "legacy",
                "columns", Map.of("id", "externalId", "name", "title", "labels", "labels", "points",
                        "customFields.points", "state", "state", "owner", "assignee"));
        String id = upload(ws, lines.getBytes(StandardCharsets.UTF_8), "items.jsonl", mapping, null).then()
                .statusCode(202).extract().path("id");
        // Kim leaves before the job runs: her row is refused as a single create would be, and counted
        asAdmin().delete("/api/v1/workspaces/" + ws + "/members/" + kim).then().statusCode(204);
        runJobs();
        JsonPath items = items(ws, "JL");
        assertThat(items.getList("items")).hasSize(1);
        Map<String, Object> first = byTitle(items, "First");
        assertThat(list(first, "labels")).containsExactly("alpha", "beta");
        assertThat(map(first, "customFields")).containsEntry("points", 2);
        asAdmin().get("/api/v1/workspaces/" + ws + "/jobs/" + id).then().body("status", equalTo("SUCCEEDED"))
                .body("progress.done", equalTo(2)).body("progress.failed", equalTo(1))
                .body("errors[0].ref", equalTo("row 3: j-2")).body("errors[0].code", equalTo("VALIDATION_FAILED"));
        // the import job is a job as any other for GraphQL (no import mutation: ADR 0071)
        JsonPath job = io.worklane.api.support.GraphQL.ok(ADMIN_KEY, "query($ws: String!, $id: ID!) { workspace(idOrSlug:"
                + " $ws) { job(id: $id) { kind status progress { done total failed } result errors { ref code } } } }",
                Map.of("ws", ws, "id", id));
        assertThat(job.getString("data.workspace.job.kind")).isEqualTo("import");
        assertThat(job.getInt("data.workspace.job.progress.failed")).isEqualTo(1);
        assertThat(job.getString("data.workspace.job.errors[0].ref")).isEqualTo("row 3: j-2");
        assertThat(job.getString("data.workspace.job.result.source")).isEqualTo("legacy");
    }

    @Test
    void an_import_whose_runner_died_resumes_at_its_checkpoint_and_never_redoes_a_row() throws Throwable {
        String ws = workspaceWithPoints("RES");
        Map<String, Object> mapping = Map.of("format", "CSV", "project", "RES", "columns",
                Map.of("Key", "externalId", "Summary", "title"));
        String id = upload(ws, "Key,Summary\nR-1,First\nR-2,Second\nR-3,Third\n".getBytes(StandardCharsets.UTF_8),
                "r.csv", mapping, null).then().statusCode(202).extract().path("id");
        // as a runner that died after its first step leaves it: RUNNING, its lease run out, checkpoint at 1
        pool.preparedQuery("UPDATE jobs SET status = 'RUNNING', done = 1, owner = $2, locked_until = now()"
                + " - interval '1 second' WHERE id = $1").execute(io.vertx.mutiny.sqlclient.Tuple.of(UUID.fromString(id),
                UUID.randomUUID())).await().indefinitely();
        runJobs();
        asAdmin().get("/api/v1/workspaces/" + ws + "/jobs/" + id).then().body("status", equalTo("SUCCEEDED"))
                .body("progress.done", equalTo(3)).body("progress.failed", equalTo(0));
        // step 0 counts as done (here it never ran, so its item is missing): the resumed job does not redo it
        assertThat(items(ws, "RES").getList("items.title")).containsExactlyInAnyOrder("Second", "Third");
    }

    @Test
    void a_jira_csv_export_imports_with_its_usual_columns() throws Throwable {
        String ws = workspaceWithPoints("SHOP");
        Map<String, Object> mapping = Map.of("format", "JIRA_CSV", "project", "SHOP",
                "columns", Map.of("Custom field (Story Points)", "customFields.points"),
                "states", Map.of("To Do", "todo"));
        byte[] file = resource("jira-export.csv");
        Map<String, Object> dry = new java.util.HashMap<>(mapping);
        dry.put("dryRun", true);
        upload(ws, file, "jira.csv", dry, null).then().statusCode(200).body("problemCount", equalTo(0))
                .body("source", equalTo("jira")).body("creates", equalTo(4)).body("dependencies", equalTo(1));
        upload(ws, file, "jira.csv", mapping, null).then().statusCode(202);
        runJobs();
        JsonPath items = items(ws, "SHOP");
        assertThat(items.getList("items")).hasSize(4);
        Map<String, Object> epic = byTitle(items, "Checkout flow redesign");
        Map<String, Object> story = byTitle(items, "Payment form validates card numbers");
        Map<String, Object> bug = byTitle(items, "Address lookup times out");
        assertThat(epic).containsEntry("type", "EPIC").containsEntry("status", "in_progress")
                .containsEntry("priority", "HIGH");
        assertThat(list(epic, "labels")).containsExactly("web", "q4");
        assertThat(story).containsEntry("parentKey", epic.get("key")).containsEntry("dueDate", "2026-12-15")
                .containsEntry("type", "STORY");
        assertThat((String) story.get("description")).contains("\"quoted\"").contains("\n");
        assertThat(map(story, "customFields")).containsEntry("points", 5);
        assertThat(bug).containsEntry("type", "BUG").containsEntry("priority", "URGENT").containsEntry("status", "todo");
        assertThat(byTitle(items, "Order confirmation e-mail")).containsEntry("status", "done");
        String confirmation = (String) byTitle(items, "Order confirmation e-mail").get("key");
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + confirmation + "/dependencies").then()
                .body("predecessors[0].predecessor.key", equalTo(story.get("key")));

        upload(ws, file, "jira.csv", dry, null).then().statusCode(200).body("creates", equalTo(0))
                .body("updates", equalTo(4));
    }

    @Test
    void a_trello_json_export_imports_its_cards_with_lists_as_states() throws Throwable {
        String ws = aWorkspace();
        aProject(ws, "MOVE");
        Map<String, Object> mapping = Map.of("format", "TRELLO_JSON", "project", "MOVE",
                "states", Map.of("Backlog", "todo", "Doing", "in_progress"));
        upload(ws, resource("trello-export.json"), "board.json", mapping, null).then().statusCode(202);
        runJobs();
        JsonPath items = items(ws, "MOVE");
        assertThat(items.getList("items")).hasSize(3);
        assertThat(byTitle(items, "Book the movers")).containsEntry("status", "in_progress")
                .containsEntry("dueDate", "2026-12-18").containsEntry("description", "Three quotes, then book.");
        assertThat(list(byTitle(items, "Book the movers"), "labels")).containsExactly("facilities");
        assertThat(byTitle(items, "Move the network rack")).containsEntry("status", "todo");
        assertThat(byTitle(items, "Order new desks")).containsEntry("status", "done");
    }

    @Test
    void bad_files_and_mappings_are_400_with_where_and_what_is_allowed() {
        String ws = workspaceWithPoints("BAD");
        Map<String, Object> mapping = csvMapping("BAD", true);
        upload(ws, "Key,Summary\nA-1,\"never closed\nA-2,fine\n".getBytes(StandardCharsets.UTF_8), "q.csv", mapping,
                null).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].code", equalTo("UNCLOSED_QUOTE")).body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("2"));
        byte[] latin1 = "Key,Summary\nA-1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        upload(ws, latin1, "latin1.csv", mapping, null).then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENCODING")).body("errors[0].row", equalTo(2))
                .body("errors[0].message", containsString("UTF-8"));
        byte[] huge = ("Key,Summary\nA-1," + "x".repeat(10 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        upload(ws, huge, "huge.csv", mapping, null).then().statusCode(400)
                .body("errors[0].code", equalTo("CELL_TOO_LARGE")).body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("2"));
        Map<String, Object> unknown = Map.of("format", "CSV", "project", "BAD", "columns",
                Map.of("Key", "externalId", "Summary", "title", "Size", "size", "Cost", "customFields.cost"));
        upload(ws, "Key,Summary,Size,Cost\n".getBytes(StandardCharsets.UTF_8), "u.csv", unknown, null).then()
                .statusCode(400).body("errors.field", hasItem("mapping.columns.Size"))
                .body("errors.find { it.field == 'mapping.columns.Size' }.message", containsString("dueDate"))
                .body("errors.find { it.field == 'mapping.columns.Cost' }.message", containsString("[points]"))
                .body("errors.code", hasItem("UNKNOWN_FIELD"));
        upload(ws, "Key\n".getBytes(StandardCharsets.UTF_8), "u.csv", Map.of("format", "XLS", "project", "BAD"), null)
                .then().statusCode(400).body("errors[0].field", equalTo("mapping.format"));
        given().header("Authorization", "Bearer " + ADMIN_KEY).multiPart("file", "x.csv", new byte[]{1}, "text/csv")
                .multiPart("mapping", "{not json", "application/json").post(imports(ws)).then().statusCode(400)
                .body("errors[0].code", equalTo("MALFORMED_JSON"));
        assertThat(items(ws, "BAD").getList("items")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> m, String key) {
        return (List<Object>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportRestTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }
}
