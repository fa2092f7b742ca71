package io.worklane.api.project;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A project MANAGER manages the whole project without the workspace's scopes (issue #13 item 2, ADR 0084): its
 * phases, baselines, custom fields, expenses, budget (reading it too) and close-out, forced or not. A CONTRIBUTOR
 * or STAKEHOLDER is refused (403), a non-member of a PRIVATE project is told it does not exist (404).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ProjectManagerTest {
    private static final Map<String, Object> EXPENSE = Map.of("project", "RUN", "category", "OTHER",
            "date", "2026-12-01", "amount", Map.of("amount", "12.50", "currency", "EUR"));

    @Test
    void aViewerWhoManagesAPrivateProjectManagesItsPartsOverRestAndTheOthersAreRefused() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person manager = person(ws, "VIEWER");
        Person contributor = person(ws, "VIEWER");
        Person stakeholder = person(ws, "VIEWER");
        Person outsider = person(ws, "VIEWER");
        asAdmin().body(Map.of("key", "RUN", "name", "Run", "visibility", "PRIVATE")).post(base + "/projects").then()
                .statusCode(201);
        asAdmin().body(Map.of("key", "OTHER", "name", "Other")).post(base + "/projects").then().statusCode(201);
        member(base, "RUN", manager, "MANAGER");
        member(base, "RUN", contributor, "CONTRIBUTOR");
        member(base, "RUN", stakeholder, "STAKEHOLDER");
        // the stakeholder and the outsider manage another project: they pass the first gate and are judged on RUN
        member(base, "OTHER", stakeholder, "MANAGER");
        member(base, "OTHER", outsider, "MANAGER");
        String budget = asAdmin().body(Map.of("project", "RUN", "currency", "EUR", "visibleToMembers", false,
                        "lines", List.of(Map.of("category", "OTHER", "planned", Map.of("amount", "100.00",
                                "currency", "EUR"))))).post(base + "/budgets").then().statusCode(201)
                .extract().path("id");
        asAdmin().body(Map.of("project", "RUN", "title", "Still open")).post(base + "/work-items").then()
                .statusCode(201);

        // the manager: phases, custom fields, baselines, expenses, its budget
        String phase = as(manager).body(Map.of("name", "Build")).post(base + "/projects/RUN/phases").then()
                .statusCode(201).extract().path("id");
        as(manager).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("name", "Build it")).patch(base + "/projects/RUN/phases/" + phase).then().statusCode(200)
                .body("name", equalTo("Build it"));
        as(manager).body(Map.of("key", "customer", "name", "Customer", "type", "TEXT"))
                .post(base + "/projects/RUN/custom-fields").then().statusCode(201);
        String baseline = as(manager).body(Map.of("name", "Plan")).post(base + "/projects/RUN/baselines").then()
                .statusCode(201).extract().path("id");
        as(manager).header("If-Match", "\"0\"").delete(base + "/projects/RUN/baselines/" + baseline).then()
                .statusCode(204);
        String expense = as(manager).body(EXPENSE).post(base + "/expenses").then().statusCode(201).extract().path("id");
        as(manager).get(base + "/expenses/" + expense).then().statusCode(200);
        as(manager).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("note", "invoice 7")).patch(base + "/expenses/" + expense).then().statusCode(200);
        as(manager).get(base + "/budgets/" + budget).then().statusCode(200).body("projectKey", equalTo("RUN"));
        as(manager).get(base + "/budgets").then().statusCode(200).body("items.id", equalTo(List.of(budget)));
        as(manager).get(base + "/expenses").then().statusCode(200).body("items.id", equalTo(List.of(expense)));

        // a CONTRIBUTOR managing nothing is refused before any lookup; a STAKEHOLDER managing another project is
        // refused on RUN; both 403 naming the scope they lack
        for (Person refused : List.of(contributor, stakeholder)) {
            as(refused).body(Map.of("name", "Mine")).post(base + "/projects/RUN/phases").then().statusCode(403)
                    .body("code", equalTo("INSUFFICIENT_SCOPE"));
            as(refused).body(Map.of("key", "theirs", "name", "Theirs", "type", "TEXT"))
                    .post(base + "/projects/RUN/custom-fields").then().statusCode(403);
            as(refused).body(Map.of("name", "Theirs")).post(base + "/projects/RUN/baselines").then().statusCode(403);
            as(refused).body(EXPENSE).post(base + "/expenses").then().statusCode(403)
                    .body("code", equalTo("INSUFFICIENT_SCOPE"));
            as(refused).get(base + "/expenses/" + expense).then().statusCode(403);
            as(refused).header("If-Match", "\"1\"").delete(base + "/expenses/" + expense).then().statusCode(403);
            as(refused).get(base + "/budgets/" + budget).then().statusCode(403);
            as(refused).body(Map.of("outcome", "Done", "force", true)).post(base + "/projects/RUN/close").then()
                    .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        }
        as(contributor).get(base + "/budgets").then().statusCode(403);
        as(stakeholder).get(base + "/budgets").then().statusCode(200).body("items.id", not(hasItem(budget)));
        as(contributor).get(base + "/expenses").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(stakeholder).get(base + "/expenses").then().statusCode(200).body("items.id", not(hasItem(expense)));

        // a non-member of the PRIVATE project: it does not exist
        as(outsider).body(Map.of("name", "Mine")).post(base + "/projects/RUN/phases").then().statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"));
        as(outsider).body(Map.of("name", "Theirs")).post(base + "/projects/RUN/baselines").then().statusCode(404);
        as(outsider).body(Map.of("key", "theirs", "name", "Theirs", "type", "TEXT"))
                .post(base + "/projects/RUN/custom-fields").then().statusCode(404);
        as(outsider).body(EXPENSE).post(base + "/expenses").then().statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"));
        as(outsider).get(base + "/expenses/" + expense).then().statusCode(404).body("code", equalTo("EXPENSE_NOT_FOUND"));
        as(outsider).get(base + "/budgets/" + budget).then().statusCode(404).body("code", equalTo("BUDGET_NOT_FOUND"));
        as(outsider).body(Map.of("outcome", "Done", "force", true)).post(base + "/projects/RUN/close").then()
                .statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));

        // close-out: refused while work is open, forced by the manager (recorded)
        as(manager).body(Map.of("outcome", "Done")).post(base + "/projects/RUN/close").then().statusCode(409)
                .body("code", equalTo("PROJECT_NOT_READY_TO_CLOSE"));
        as(manager).header("If-Match", "\"1\"").delete(base + "/expenses/" + expense).then().statusCode(204);
        as(manager).body(Map.of("outcome", "Stopped early", "status", "CANCELLED", "force", true))
                .post(base + "/projects/RUN/close").then().statusCode(200).body("forced", equalTo(true))
                .body("overridden.code", hasItem("ITEMS_OPEN"));
        asAdmin().get(base + "/projects/RUN").then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void aMemberWhoManagesAProjectSeesItsBudgetForcesItsCloseAndClosesUnforcedWhenReady() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person manager = person(ws, "MEMBER");
        Person writer = person(ws, "MEMBER");
        asAdmin().body(Map.of("key", "RUN", "name", "Run")).post(base + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("key", "CALM", "name", "Calm")).post(base + "/projects").then().statusCode(201);
        member(base, "RUN", manager, "MANAGER");
        member(base, "CALM", manager, "MANAGER");
        member(base, "RUN", writer, "CONTRIBUTOR");
        String budget = asAdmin().body(Map.of("project", "RUN", "currency", "EUR", "visibleToMembers", false))
                .post(base + "/budgets").then().statusCode(201).extract().path("id");
        // a MEMBER's budget list: what members may see, and what it manages
        as(manager).get(base + "/budgets").then().statusCode(200).body("items.id", equalTo(List.of(budget)));
        as(manager).get(base + "/budgets/" + budget).then().statusCode(200);
        as(writer).get(base + "/budgets").then().statusCode(200).body("items.id", not(hasItem(budget)));
        as(writer).get(base + "/budgets/" + budget).then().statusCode(404);
        String expense = asAdmin().body(Map.of("project", "RUN", "category", "OTHER", "date", "2026-12-01",
                "amount", Map.of("amount", "5.00", "currency", "EUR"))).post(base + "/expenses").then().statusCode(201)
                .extract().path("id");
        as(manager).get(base + "/expenses").then().statusCode(200).body("items.id", equalTo(List.of(expense)));
        as(writer).get(base + "/expenses").then().statusCode(200).body("items.id", not(hasItem(expense)));

        asAdmin().body(Map.of("project", "RUN", "title", "Open")).post(base + "/work-items").then().statusCode(201);
        // a writer that is no MANAGER closes only unforced; the MANAGER forces
        as(writer).body(Map.of("outcome", "Done", "force", true)).post(base + "/projects/RUN/close").then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(manager).body(Map.of("outcome", "Done", "force", true)).post(base + "/projects/RUN/close").then()
                .statusCode(200).body("forced", equalTo(true));
        // nothing open, a final report published: the manager closes unforced
        String report = as(manager).post(base + "/projects/CALM/status-reports/draft").then().statusCode(201)
                .extract().path("id");
        as(manager).header("If-Match", "\"0\"").post(base + "/projects/CALM/status-reports/" + report + "/publish")
                .then().statusCode(200);
        as(manager).body(Map.of("outcome", "Calm finish")).post(base + "/projects/CALM/close").then().statusCode(200)
                .body("forced", equalTo(false));
    }

    @Test
    void theSameOverGraphQL() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person manager = person(ws, "VIEWER");
        Person contributor = person(ws, "VIEWER");
        asAdmin().body(Map.of("key", "RUN", "name", "Run", "visibility", "PRIVATE")).post(base + "/projects").then()
                .statusCode(201);
        member(base, "RUN", manager, "MANAGER");
        member(base, "RUN", contributor, "CONTRIBUTOR");
        asAdmin().body(Map.of("project", "RUN", "currency", "EUR")).post(base + "/budgets").then().statusCode(201);
        Map<String, Object> vars = Map.of("ws", ws);
        String phase = "mutation($ws: String!) { createPhase(input: {workspace: $ws, project: \"RUN\", name: \"Build\"})"
                + " { phase { name } } }";
        String field = "mutation($ws: String!) { createCustomField(input: {workspace: $ws, project: \"RUN\","
                + " key: \"customer\", name: \"Customer\", type: TEXT}) { customField { key } } }";
        String baseline = "mutation($ws: String!) { createBaseline(input: {workspace: $ws, project: \"RUN\","
                + " name: \"Plan\"}) { baseline { name } } }";
        String expense = "mutation($ws: String!) { createExpense(input: {workspace: $ws, project: \"RUN\","
                + " category: OTHER, date: \"2026-12-01\", amount: {amount: \"3.00\", currency: \"EUR\"}})"
                + " { expense { id } } }";
        String budgets = "query($ws: String!) { workspace(idOrSlug: $ws) { budgets { projectKey } } }";
        String close = "mutation($ws: String!) { closeProject(input: {workspace: $ws, project: \"RUN\","
                + " outcome: \"Done\", force: true}) { closure { forced } } }";

        for (String refused : List.of(phase, field, baseline, expense, close)) {
            JsonPath answer = GraphQL.as(contributor.token(), refused, vars);
            assertThat(answer.getString("errors[0].extensions.code")).as(refused).isEqualTo("INSUFFICIENT_SCOPE");
        }
        assertThat(GraphQL.ok(manager.token(), phase, vars).getString("data.createPhase.phase.name"))
                .isEqualTo("Build");
        assertThat(GraphQL.ok(manager.token(), field, vars).getString("data.createCustomField.customField.key"))
                .isEqualTo("customer");
        assertThat(GraphQL.ok(manager.token(), baseline, vars).getString("data.createBaseline.baseline.name"))
                .isEqualTo("Plan");
        assertThat(GraphQL.ok(manager.token(), expense, vars).getString("data.createExpense.expense.id")).isNotNull();
        assertThat(GraphQL.ok(manager.token(), budgets, vars).getList("data.workspace.budgets.projectKey"))
                .containsExactly("RUN");
        assertThat(GraphQL.ok(manager.token(), "query($ws: String!) { workspace(idOrSlug: $ws) { expenses { id } } }",
                vars).getList("data.workspace.expenses.id")).hasSize(1);
        assertThat(GraphQL.ok(manager.token(), close, vars).getBoolean("data.closeProject.closure.forced")).isTrue();
    }

    @Test
    void projectBudgetOverGraphQLAnswersTheManagerWithoutBudgetsReadAsRestDoes() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person viewerManager = person(ws, "VIEWER");
        Person memberManager = person(ws, "MEMBER");
        Person contributor = person(ws, "VIEWER");
        asAdmin().body(Map.of("key", "RUN", "name", "Run", "visibility", "PRIVATE")).post(base + "/projects").then()
                .statusCode(201);
        asAdmin().body(Map.of("key", "OTHER", "name", "Other")).post(base + "/projects").then().statusCode(201);
        member(base, "RUN", viewerManager, "MANAGER");
        member(base, "RUN", memberManager, "MANAGER");
        member(base, "RUN", contributor, "CONTRIBUTOR");
        String budget = asAdmin().body(Map.of("project", "RUN", "currency", "EUR", "visibleToMembers", false))
                .post(base + "/budgets").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("project", "OTHER", "currency", "EUR", "visibleToMembers", true))
                .post(base + "/budgets").then().statusCode(201);
        Map<String, Object> vars = Map.of("ws", ws);
        String query = "query($ws: String!) { workspace(idOrSlug: $ws) { run: project(key: \"RUN\") { budget { id "
                + "summary { planned { amount } } } } other: project(key: \"OTHER\") { budget { id } } } }";

        // a VIEWER holds no budgets:read: as MANAGER it sees its project's budget, and only that one
        JsonPath viewer = GraphQL.ok(viewerManager.token(), query, vars);
        assertThat(viewer.getString("data.workspace.run.budget.id")).isEqualTo(budget);
        assertThat(viewer.getString("data.workspace.run.budget.summary.planned.amount")).isNotNull();
        assertThat(viewer.getMap("data.workspace.other.budget")).isNull();
        // a MEMBER that manages RUN sees its budget although it is not visible to members
        assertThat(GraphQL.ok(memberManager.token(), query, vars).getString("data.workspace.run.budget.id"))
                .isEqualTo(budget);
        // a CONTRIBUTOR without budgets:read is refused, as over REST
        JsonPath refused = GraphQL.as(contributor.token(), query, vars);
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INSUFFICIENT_SCOPE");
        assertThat(refused.getMap("data.workspace.run.budget")).isNull();
        as(contributor).get(base + "/budgets/" + budget).then().statusCode(403);
    }

    private record Person(String id, String email, String token) {
    }

    private static Person person(String ws, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
        return new Person(id, email, Tokens.of(UUID.randomUUID().toString(), email, true));
    }

    private static void member(String base, String project, Person p, String role) {
        asAdmin().body(Map.of("member", p.id(), "projectRole", role)).post(base + "/projects/" + project + "/members")
                .then().statusCode(201);
    }

    private static RequestSpecification as(Person p) {
        return given().header("Authorization", "Bearer " + p.token()).contentType(ContentType.JSON);
    }
}
