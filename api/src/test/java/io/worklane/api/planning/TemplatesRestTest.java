package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.anItem;
import static io.worklane.api.planning.Planning.finishToStart;
import static io.worklane.api.planning.Planning.items;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Project templates over REST: saving a project's structure, listing built-in and saved ones, creating a
 * project from one with every date shifted onto the calendar, and the refusals (key taken, another
 * workspace's template, a built-in one deleted, scopes). Built-in templates: TemplateBuiltInsTest.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TemplatesRestTest {
    @Inject
    Pool pool;

    static String templates(String ws) {
        return "/api/v1/workspaces/" + ws + "/project-templates";
    }

    static String projects(String ws) {
        return "/api/v1/workspaces/" + ws + "/projects";
    }

    @Test
    void a_project_saved_as_a_template_makes_a_new_project_with_every_date_shifted_onto_the_calendar() {
        String ws = aWorkspace();
        asAdmin().body(Map.of("key", "SRC", "name", "Source", "startDate", "2026-12-14", "targetDate", "2026-12-24"))
                .post(projects(ws)).then().statusCode(201);
        String phase = asAdmin().body(Map.of("name", "Build", "startDate", "2026-12-14", "endDate", "2026-12-18"))
                .post(Planning.project(ws, "SRC") + "/phases").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("key", "risk", "name", "Risk", "type", "SELECT", "options", List.of("low", "high")))
                .post(Planning.project(ws, "SRC") + "/custom-fields").then().statusCode(201);
        String epic = asAdmin().body(Map.of("project", "SRC", "title", "Release", "type", "EPIC", "startDate",
                "2026-12-14", "dueDate", "2026-12-22")).post(items(ws)).then().statusCode(201).extract().path("key");
        String design = asAdmin().body(Map.of("project", "SRC", "title", "Design", "parent", epic, "phase", phase,
                "startDate", "2026-12-14", "dueDate", "2026-12-16", "labels", List.of("ux"),
                "customFields", Map.of("risk", "high"))).post(items(ws)).then().statusCode(201).extract().path("key");
        String build = anItem(ws, "SRC", "Build", "2026-12-17", "2026-12-21");
        String ship = asAdmin().body(Map.of("project", "SRC", "title", "Shipped", "type", "MILESTONE",
                "dueDate", "2026-12-21")).post(items(ws)).then().statusCode(201).extract().path("key");
        finishToStart(ws, build, design);
        finishToStart(ws, ship, build);
        asAdmin().body(Map.of("project", "SRC", "currency", "EUR", "lines", List.of(Map.of("category", "LABOUR",
                "planned", Map.of("amount", "5000.00", "currency", "EUR"))))).post("/api/v1/workspaces/" + ws
                + "/budgets").then().statusCode(201);
        asAdmin().body(Map.of("name", "Thank on close", "project", "SRC", "trigger", Map.of("type", "TRANSITIONED",
                        "to", "done"), "actions", List.of(Map.of("type", "ADD_COMMENT", "text", "Thanks"))))
                .post("/api/v1/workspaces/" + ws + "/automation-rules").then().statusCode(201);

        String id = asAdmin().body(Map.of("fromProject", "SRC", "name", " Release plan ", "includeBudget", true))
                .post(templates(ws)).then().statusCode(201).body("name", equalTo("Release plan"))
                .body("builtIn", equalTo(false)).body("itemCount", equalTo(4)).body("phaseCount", equalTo(1))
                .body("milestoneCount", equalTo(1)).body("dependencyCount", equalTo(2))
                .body("durationDays", equalTo(8)).body("hasBudget", equalTo(true)).extract().path("id");
        JsonPath content = asAdmin().get(templates(ws) + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").extract().jsonPath();
        assertThat(content.getInt("content.formatVersion")).isEqualTo(1);
        assertThat(content.getList("content.items.title")).containsExactly("Release", "Design", "Build", "Shipped");
        assertThat(content.getList("content.items.startOffset")).containsExactly(0, 0, 3, null);
        assertThat(content.getList("content.items.dueOffset")).containsExactly(6, 2, 5, 5);
        assertThat(content.getString("content.items[1].parent")).isEqualTo(content.getString("content.items[0].ref"));
        assertThat(content.getString("content.budget.lines[0].amount")).isEqualTo("5000.00");
        assertThat(content.getList("content.automationRules.name")).containsExactly("Thank on close");

        // the new project starts on Saturday 2 January 2027; the 6th is a holiday
        asAdmin().body(Map.of("date", "2027-01-06", "name", "Epiphany")).post("/api/v1/workspaces/" + ws + "/holidays")
                .then().statusCode(201);
        long seq = lastSeq(ws);
        asAdmin().body(Map.of("template", id, "key", "NEW", "name", "New release", "startDate", "2027-01-02"))
                .post(projects(ws)).then().statusCode(201).body("key", equalTo("NEW"))
                .body("startDate", equalTo("2027-01-02")).body("targetDate", equalTo("2027-01-15"));
        JsonPath made = asAdmin().get(items(ws) + "?project=NEW").then().statusCode(200).extract().jsonPath();
        assertThat(made.getList("items.key")).containsExactlyInAnyOrder("NEW-1", "NEW-2", "NEW-3", "NEW-4");
        assertThat(made.getList("items.status")).containsOnly("todo");
        // offsets 0, 2, 3, 5 from Monday the 4th, skipping Wednesday the 6th: the 4th, the 7th, the 8th, the 12th
        assertThat(field(made, "NEW-1", "title")).isEqualTo("Release");
        assertThat(field(made, "NEW-1", "startDate") + ".." + field(made, "NEW-1", "dueDate"))
                .isEqualTo("2027-01-04..2027-01-13");
        assertThat(field(made, "NEW-2", "startDate") + ".." + field(made, "NEW-2", "dueDate"))
                .isEqualTo("2027-01-04..2027-01-07");
        assertThat(field(made, "NEW-3", "startDate") + ".." + field(made, "NEW-3", "dueDate"))
                .isEqualTo("2027-01-08..2027-01-12");
        assertThat(field(made, "NEW-4", "dueDate")).isEqualTo("2027-01-12");
        assertThat(field(made, "NEW-2", "parentKey")).isEqualTo("NEW-1");
        assertThat(field(made, "NEW-2", "labels")).isEqualTo(List.of("ux"));
        assertThat(field(made, "NEW-2", "customFields.risk")).isEqualTo("high");
        asAdmin().get(Planning.project(ws, "NEW") + "/phases").then().body("items.name", hasItems("Build"))
                .body("items[0].endDate", equalTo("2027-01-11"));
        asAdmin().get(Planning.project(ws, "NEW") + "/custom-fields").then().body("items.key", hasItems("risk"));
        asAdmin().get(Planning.dependencies(ws, "NEW-3")).then().body("predecessors.predecessor.key", hasItems("NEW-2"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/budgets?project=NEW").then()
                .body("items[0].lines[0].planned.amount", equalTo("5000.00"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/automation-rules").then()
                .body("items.findAll { it.projectKey == 'NEW' }.name", hasItems("Thank on close"));
        asAdmin().get(Planning.project(ws, "NEW") + "/schedule").then().statusCode(200)
                .body("earliestFinish", equalTo("2027-01-13")).body("warnings", equalTo(List.of()));
        asAdmin().get(items(ws) + "/NEW-2/activity").then().body("items[0].field", equalTo("created"));
        // one project.created and one project.instantiated, not an event per item
        JsonPath events = asAdmin().get("/api/v1/workspaces/" + ws + "/events?afterSeq=" + seq).then().extract()
                .jsonPath();
        assertThat(events.getList("items.type")).containsExactly("project.created", "project.instantiated");
        assertThat(events.getInt("items[1].data.itemCount")).isEqualTo(4);
        assertThat(events.getString("items[1].data.templateId")).isEqualTo(id);
    }

    @Test
    void built_in_and_saved_templates_list_in_pages_and_only_saved_ones_can_be_deleted() {
        String ws = aWorkspace();
        aProject(ws, "LST");
        String saved = asAdmin().body(Map.of("fromProject", "LST", "name", "Mine")).post(templates(ws)).then()
                .statusCode(201).extract().path("id");
        JsonPath first = asAdmin().get(templates(ws) + "?limit=4").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.name")).containsExactly("Product launch", "Marketing campaign", "Event",
                "Software implementation");
        assertThat(first.getList("items.builtIn")).containsOnly(true);
        assertThat(first.getList("items.content")).containsOnlyNulls();
        JsonPath second = asAdmin().get(templates(ws) + "?limit=4&cursor=" + first.getString("nextCursor")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.name")).containsExactly("Capital or construction project",
                "Consulting engagement", "Mine");
        assertThat(second.getString("nextCursor")).isNull();

        String builtIn = first.getString("items[0].id");
        asAdmin().delete(templates(ws) + "/" + builtIn).then().statusCode(409)
                .body("code", equalTo("PROJECT_TEMPLATE_BUILT_IN"));
        asAdmin().header("If-Match", "\"3\"").delete(templates(ws) + "/" + saved).then().statusCode(412);
        asAdmin().header("If-Match", "\"0\"").delete(templates(ws) + "/" + saved).then().statusCode(204);
        asAdmin().get(templates(ws) + "/" + saved).then().statusCode(404)
                .body("code", equalTo("PROJECT_TEMPLATE_NOT_FOUND"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItems("project_template.created", "project_template.deleted"));
    }

    @Test
    void a_refused_instantiation_writes_nothing() {
        String ws = aWorkspace();
        aProject(ws, "TAKEN");
        String builtIn = asAdmin().get(templates(ws)).then().extract().path("items[0].id");
        long seq = lastSeq(ws);
        asAdmin().body(Map.of("template", builtIn, "key", "TAKEN", "name", "Again", "startDate", "2027-01-04"))
                .post(projects(ws)).then().statusCode(409).body("code", equalTo("PROJECT_KEY_TAKEN"));
        asAdmin().body(Map.of("template", builtIn, "key", "NODATE", "name", "No date")).post(projects(ws)).then()
                .statusCode(400).body("errors[0].field", equalTo("startDate"));
        asAdmin().body(Map.of("template", "0193f0a0-0000-7000-8000-0000000000ff", "key", "NOPE", "name", "Nope",
                "startDate", "2027-01-04")).post(projects(ws)).then().statusCode(404)
                .body("code", equalTo("PROJECT_TEMPLATE_NOT_FOUND"));
        // another workspace's template does not exist here
        String other = aWorkspace();
        aProject(other, "THEIRS");
        String theirs = asAdmin().body(Map.of("fromProject", "THEIRS", "name", "Theirs")).post(templates(other)).then()
                .statusCode(201).extract().path("id");
        asAdmin().body(Map.of("template", theirs, "key", "STOLEN", "name", "Stolen", "startDate", "2027-01-04"))
                .post(projects(ws)).then().statusCode(404).body("code", equalTo("PROJECT_TEMPLATE_NOT_FOUND"));
        asAdmin().get(templates(ws) + "/" + theirs).then().statusCode(404);
        asAdmin().delete(templates(ws) + "/" + theirs).then().statusCode(404);

        assertThat(lastSeq(ws)).isEqualTo(seq);
        asAdmin().get(projects(ws)).then().body("items.key", equalTo(List.of("TAKEN")));
        asAdmin().get(items(ws)).then().body("items", equalTo(List.of()));
    }

    @Test
    void instantiating_is_idempotent_and_needs_the_work_item_scope_too() {
        String ws = aWorkspace();
        String builtIn = asAdmin().get(templates(ws)).then().extract().path("items[1].id");
        Map<String, Object> body = Map.of("template", builtIn, "key", "CAMP", "name", "Spring campaign",
                "startDate", "2027-03-01");
        String id = asAdmin().header("Idempotency-Key", "camp-1").body(body).post(projects(ws)).then().statusCode(201)
                .extract().path("id");
        asAdmin().header("Idempotency-Key", "camp-1").body(body).post(projects(ws)).then().statusCode(201)
                .body("id", equalTo(id));
        asAdmin().get(items(ws) + "?project=CAMP&limit=200").then().body("items.size()", equalTo(18));

        String projectsOnly = asAdmin().body(Map.of("name", "Projects only", "scopes", List.of("projects:write",
                "projects:read"))).post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract()
                .path("secret");
        RestAssured.given().header("Authorization", "Bearer " + projectsOnly).contentType("application/json")
                .body(Map.of("template", builtIn, "key", "NOITEMS", "name", "No items", "startDate", "2027-03-01"))
                .post(projects(ws)).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        // the same key lists and saves templates, which need only the project scopes
        RestAssured.given().header("Authorization", "Bearer " + projectsOnly).get(templates(ws)).then().statusCode(200)
                .body("items.name", not(hasItems("Mine")));
        RestAssured.given().header("Authorization", "Bearer " + projectsOnly).contentType("application/json")
                .body(Map.of("fromProject", "CAMP", "name", "Campaign copy")).post(templates(ws)).then()
                .statusCode(201).body("itemCount", equalTo(18));
        RestAssured.given().header("Authorization", "Bearer " + projectsOnly).contentType("application/json")
                .body(Map.of("fromProject", "CAMP", "name", "With budget", "includeBudget", true)).post(templates(ws))
                .then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
    }

    @Test
    void a_template_refused_after_its_items_were_written_leaves_nothing_behind() {
        String ws = aWorkspace();
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        // a saved template whose rule no longer passes the rule checks: it is refused at the last step,
        // after the project, its fields, phases, items, history and dependencies were written
        UUID id = UUID.randomUUID();
        String content = "{\"formatVersion\":1,\"kind\":\"PROJECT\",\"durationDays\":3,"
                + "\"customFields\":[{\"key\":\"team\",\"name\":\"Team\",\"type\":\"TEXT\"}],"
                + "\"phases\":[{\"ref\":\"P1\",\"name\":\"Only\",\"startOffset\":0,\"endOffset\":3}],"
                + "\"items\":[{\"ref\":\"a\",\"title\":\"A\",\"phase\":\"P1\",\"startOffset\":0,\"dueOffset\":1},"
                + "{\"ref\":\"b\",\"title\":\"B\",\"startOffset\":2,\"dueOffset\":3}],"
                + "\"dependencies\":[{\"predecessor\":\"a\",\"successor\":\"b\",\"type\":\"FS\",\"lagDays\":0}],"
                + "\"automationRules\":[{\"name\":\"Broken\",\"enabled\":true,\"trigger\":{\"type\":\"NO_SUCH_TRIGGER\"},"
                + "\"actions\":[{\"type\":\"ADD_COMMENT\",\"text\":\"x\"}]}]}";
        pool.preparedQuery("INSERT INTO project_templates (id, workspace_id, name, item_count, phase_count,"
                + " milestone_count, dependency_count, duration_days, has_budget, content, version, created_at,"
                + " updated_at) VALUES ($1, $2, 'Broken', 2, 1, 0, 1, 3, false, cast(cast($3 AS text) AS jsonb), 0, now(), now())")
                .execute(Tuple.of(id, wsId, content)).await().indefinitely();
        long seq = lastSeq(ws);

        asAdmin().body(Map.of("template", id.toString(), "key", "HALF", "name", "Half", "startDate", "2027-01-04"))
                .post(projects(ws)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("trigger.type"));

        asAdmin().get(Planning.project(ws, "HALF")).then().statusCode(404);
        assertThat(lastSeq(ws)).isEqualTo(seq);
        long rows = pool.preparedQuery("SELECT (SELECT count(*) FROM projects WHERE workspace_id = $1)"
                        + " + (SELECT count(*) FROM work_items WHERE workspace_id = $1)"
                        + " + (SELECT count(*) FROM phases WHERE workspace_id = $1)"
                        + " + (SELECT count(*) FROM custom_fields WHERE workspace_id = $1)"
                        + " + (SELECT count(*) FROM work_item_activity WHERE workspace_id = $1)"
                        + " + (SELECT count(*) FROM work_item_dependencies WHERE workspace_id = $1) AS n")
                .execute(Tuple.of(wsId)).await().indefinitely().iterator().next().getLong("n");
        assertThat(rows).isZero();
    }

    private static Object field(JsonPath items, String key, String field) {
        return items.get("items.find { it.key == '" + key + "' }." + field);
    }

    static long lastSeq(String ws) {
        JsonPath feed = asAdmin().get("/api/v1/workspaces/" + ws + "/events?limit=1000").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> seqs = feed.getList("items.seq");
        return seqs.isEmpty() ? 0 : seqs.get(seqs.size() - 1);
    }
}
