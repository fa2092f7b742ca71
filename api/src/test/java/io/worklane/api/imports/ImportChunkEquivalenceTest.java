package io.worklane.api.imports;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.application.job.JobRunner;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ADR 0083: an import's rows created set-based in chunks obey what a single creation obeys. The same file is
 * imported into two projects of one workspace, once in chunks and once row by row (the single-item use cases, as
 * before), and the two are compared row for row: the items, their history, their events (and those of the
 * automation rule they trigger), their watchers, mentions and notifications, and their external ids.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ImportChunkEquivalenceTest {
    static final String CSV = """
            Key,Summary,Type,Status,Owner,Due,Points,Parent,Labels,Notes
            E-1,Launch the shop,EPIC,Open,,2027-03-01,13,,launch,The whole launch
            E-2,Write the copy,TASK,Open,ada@example.com,2027-02-01,3,E-1,copy,Ask @grace for the tone
            E-3,Shoot the photos,TASK,Closed,,,5,E-1,"photo,launch",
            E-4,Fix the cart,BUG,In work,grace@example.com,2027-01-20,,E-3,,
            E-5,Plain row,TASK,,,,,,,
            """;
    static final Map<String, Object> COLUMNS = Map.of("Key", "externalId", "Summary", "title", "Type", "type",
            "Status", "state", "Owner", "assignee", "Due", "dueDate", "Points", "customFields.points",
            "Parent", "parent", "Labels", "labels", "Notes", "description");
    static final Map<String, Object> STATES = Map.of("Open", "todo", "In work", "in_progress", "Closed", "done");

    @Inject
    JobRunner runner;
    @Inject
    Pool pool;

    @Test
    void rows_created_in_chunks_give_what_rows_created_one_by_one_give() throws Throwable {
        String ws = aWorkspace();
        for (String project : List.of("CHK", "ONE")) {
            aProject(ws, project);
            asAdmin().body(Map.of("key", "points", "name", "Points", "type", "NUMBER"))
                    .post("/api/v1/workspaces/" + ws + "/projects/" + project + "/custom-fields").then().statusCode(201);
        }
        aMember(ws, "ada@example.com");
        aMember(ws, "grace@example.com");
        aMember(ws, "lin@example.com");
        asAdmin().body(Map.of("name", "Done on arrival", "trigger", Map.of("type", "ITEM_CREATED"),
                        "condition", "status = done", "actions", List.of(Map.of("type", "SET_FIELD", "field",
                                "priority", "value", "HIGH"))))
                .post("/api/v1/workspaces/" + ws + "/automation-rules").then().statusCode(201);
        // a member imports (so the creator watches what is created), as a person would
        String token = Tokens.of(UUID.randomUUID().toString(), "lin@example.com", true);
        String chunked = queued(ws, token, "CHK");
        String single = queued(ws, token, "ONE");
        pool.preparedQuery("UPDATE jobs SET input = jsonb_set(input, '{chunkRows}', '1') WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(single))).await().indefinitely();
        VertxContextSupport.subscribeAndAwait(() -> runner.runAvailable());
        for (String job : List.of(chunked, single)) {
            asAdmin().get("/api/v1/workspaces/" + ws + "/jobs/" + job).then().statusCode(200)
                    .body("status", equalTo("SUCCEEDED")).body("progress.done", equalTo(5))
                    .body("progress.failed", equalTo(0));
        }

        Map<String, List<String>> a = written(ws, "CHK");
        Map<String, List<String>> b = written(ws, "ONE");
        List<String> chunkOrder = a.remove("order");
        List<String> singleOrder = b.remove("order");
        assertThat(a.get("items")).hasSize(5);
        assertThat(a.get("events")).anyMatch(e -> e.contains("work_item.updated")); // the rule ran
        assertThat(a.get("watchers")).isNotEmpty();
        assertThat(a.get("notifications")).isNotEmpty();
        assertThat(a.get("mentions")).isNotEmpty();
        assertThat(a).isEqualTo(b);
        // and the chunk did run as one (no fallback to rows): its creations are one run of sequence numbers, the
        // rule's change after them; row by row, the rule's change follows its item's creation
        assertThat(chunkOrder).containsExactly("work_item.created", "work_item.created", "work_item.created",
                "work_item.created", "work_item.created", "work_item.updated");
        assertThat(singleOrder).containsExactly("work_item.created", "work_item.created", "work_item.created",
                "work_item.updated", "work_item.created", "work_item.created");
    }

    private static String queued(String ws, String token, String project) {
        return given().header("Authorization", "Bearer " + token)
                .multiPart("file", "plan.csv", CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("mapping", ImportRestTest.json(Map.of("format", "CSV", "project", project, "source",
                        "shop-" + project, "columns", COLUMNS, "states", STATES)), "application/json")
                .post("/api/v1/workspaces/" + ws + "/imports").then().statusCode(202).extract().path("id");
    }

    /** What the import of one project wrote, with its ids, key and times replaced so that two projects compare. */
    private Map<String, List<String>> written(String ws, String project) {
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200).extract().path("id"));
        Tuple p = Tuple.of(wsId, project);
        String items = " FROM work_items w JOIN projects p ON p.id = w.project_id WHERE w.workspace_id = $1 AND p.key = $2";
        List<Row> ids = rows("SELECT w.id, w.number, p.id AS project_id" + items, p);
        Map<String, List<String>> out = new TreeMap<>();
        out.put("items", texts(ids, "SELECT w.number, w.type, w.title, w.description, w.status, w.priority,"
                + " w.assignee_ids::text, w.reporter_id, (SELECT q.number FROM work_items q WHERE q.id = w.parent_id),"
                + " w.start_date, w.due_date, w.estimate_minutes, w.labels::text, w.custom_fields::text, w.version,"
                + " w.completed_at IS NOT NULL, w.rank, w.created_at = w.updated_at" + items + " ORDER BY w.number", p));
        out.put("history", texts(ids, "SELECT w.number, a.field, a.before::text, a.after::text, a.actor_kind,"
                + " a.actor_id, a.actor_name FROM work_item_activity a JOIN work_items w ON w.id = a.work_item_id"
                + " JOIN projects p ON p.id = w.project_id WHERE w.workspace_id = $1 AND p.key = $2"
                + " ORDER BY w.number, a.occurred_at, a.field", p));
        out.put("events", texts(ids, "SELECT w.number, e.type, e.actor_kind, e.actor_id, e.data::text,"
                + " e.previous::text FROM events e JOIN work_items w ON w.id = e.subject_id JOIN projects p"
                + " ON p.id = w.project_id WHERE w.workspace_id = $1 AND p.key = $2 ORDER BY w.number, e.seq", p));
        out.put("watchers", texts(ids, "SELECT w.number, x.member_id, x.reason, x.watching FROM watchers x"
                + " JOIN work_items w ON w.id = x.work_item_id JOIN projects p ON p.id = w.project_id"
                + " WHERE w.workspace_id = $1 AND p.key = $2 ORDER BY w.number, x.member_id", p));
        out.put("mentions", texts(ids, "SELECT w.number, m.member_id FROM mentions m JOIN work_items w"
                + " ON w.id = m.work_item_id JOIN projects p ON p.id = w.project_id WHERE w.workspace_id = $1"
                + " AND p.key = $2 ORDER BY w.number, m.member_id", p));
        out.put("notifications", texts(ids, "SELECT w.number, n.member_id, n.kind, n.actor_kind, n.actor_id"
                + " FROM notifications n JOIN work_items w ON w.id = n.work_item_id JOIN projects p"
                + " ON p.id = w.project_id WHERE w.workspace_id = $1 AND p.key = $2 ORDER BY w.number, n.member_id,"
                + " n.kind", p));
        out.put("externalIds", texts(ids, "SELECT x.external_id, w.number FROM work_item_external_ids x JOIN work_items w"
                + " ON w.id = x.work_item_id JOIN projects p ON p.id = w.project_id WHERE w.workspace_id = $1"
                + " AND p.key = $2 ORDER BY x.external_id", p));
        out.put("order", rows("SELECT e.type FROM events e JOIN work_items w ON w.id = e.subject_id JOIN projects p"
                + " ON p.id = w.project_id WHERE w.workspace_id = $1 AND p.key = $2 AND e.type LIKE 'work_item.%'"
                + " ORDER BY e.seq", p).stream().map(r -> r.getString("type")).toList());
        return out;
    }

    private List<Row> rows(String sql, Tuple params) {
        List<Row> out = new ArrayList<>();
        pool.preparedQuery(sql).execute(params).await().indefinitely().forEach(out::add);
        return out;
    }

    /** Each row as text, the project's item ids, its id and key and every timestamp replaced. */
    private List<String> texts(List<Row> ids, String sql, Tuple params) {
        List<String> out = new ArrayList<>();
        for (Row r : rows(sql, params)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(r.getValue(i)).append(" | ");
            }
            String text = line.toString();
            for (Row id : ids) {
                text = text.replace(id.getUUID("id").toString(), "#" + id.getLong("number"))
                        .replace(id.getUUID("project_id").toString(), "PROJECT");
            }
            out.add(text.replaceAll("\\b(CHK|ONE)-", "KEY-")
                    .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[0-9.]+(Z|[+-]\\d\\d:\\d\\d)", "TIME"));
        }
        return out;
    }
}
