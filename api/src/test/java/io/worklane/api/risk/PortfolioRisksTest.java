package io.worklane.api.risk;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Risks on portfolios (issue #13 item 5, ADR 0086): the project register's fields, exposure, history, status,
 * matrix, trigger and events on a portfolio's own register; the roll-up counts them beside its projects' risks.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PortfolioRisksTest {

    @Test
    void aPortfoliosOwnRegisterWorksLikeAProjectsAndItsRollupCountsItBesideItsProjects() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        aProject(ws, "AL");
        aProject(ws, "BE");
        String portfolio = portfolio(base, "Program", null);
        String child = portfolio(base, "Sub-program", portfolio);
        asAdmin().put(base + "/portfolios/" + portfolio + "/projects/AL").then().statusCode(200);
        asAdmin().put(base + "/portfolios/" + portfolio + "/projects/BE").then().statusCode(200);
        String risks = base + "/portfolios/" + portfolio + "/risks";

        // registered, with its exposure computed and its portfolio named
        var created = asAdmin().body(Map.of("title", "Funding cut", "probability", 5, "impact", 5, "category", "Money",
                        "response", "MITIGATE")).post(risks).then().statusCode(201)
                .body("portfolioId", equalTo(portfolio)).body("projectId", nullValue()).body("exposure", equalTo(25))
                .body("status", equalTo("IDENTIFIED")).extract();
        String funding = created.path("id");
        assertThat(created.header("Location")).endsWith("/portfolios/" + portfolio + "/risks/" + funding);
        String small = risk(risks, "Vendor slips", 1, 2);
        String occurred = risk(risks, "Key person leaves", 3, 4);
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "OCCURRED")).patch(risks + "/" + occurred).then().statusCode(200)
                .body("closedAt", org.hamcrest.Matchers.notNullValue());
        risk(base + "/portfolios/" + child + "/risks", "Sub-program overrun", 2, 2);
        // the projects' own registers: A one open (6) and one closed (20), B one open (9)
        risk(base + "/projects/AL/risks", "AL late", 2, 3);
        String closed = risk(base + "/projects/AL/risks", "AL broke", 4, 5);
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("status", "CLOSED")).patch(base + "/projects/AL/risks/" + closed).then().statusCode(200);
        risk(base + "/projects/BE/risks", "BE short", 3, 3);

        // list, get, history; a bad probability is refused; another register's risk is not found here
        asAdmin().get(risks).then().statusCode(200).body("items.title",
                contains("Funding cut", "Vendor slips", "Key person leaves"));
        asAdmin().get(risks + "?status=OCCURRED").then().body("items.id", contains(occurred));
        asAdmin().get(risks + "/" + small).then().statusCode(200).header("ETag", "\"0\"").body("exposure", equalTo(2));
        asAdmin().get(risks + "/" + occurred + "/history").then().statusCode(200)
                .body("items.change", contains("created", "closed"));
        asAdmin().body(Map.of("title", "Six", "probability", 6, "impact", 1)).post(risks).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("probability"));
        asAdmin().get(base + "/portfolios/" + child + "/risks/" + funding).then().statusCode(404)
                .body("code", equalTo("RISK_NOT_FOUND"));
        asAdmin().get(base + "/projects/AL/risks/" + funding).then().statusCode(404);
        asAdmin().get(risks + "/" + closed).then().statusCode(404).body("code", equalTo("RISK_NOT_FOUND"));
        asAdmin().get(base + "/portfolios/" + UUID.randomUUID() + "/risks").then().statusCode(404)
                .body("code", equalTo("PORTFOLIO_NOT_FOUND"));

        // the matrix: its own open risks only (25 and 2), not the child's nor its projects'
        asAdmin().get(risks + "/matrix").then().statusCode(200).body("total", equalTo(2))
                .body("counts[4][4]", equalTo(1)).body("counts[0][1]", equalTo(1));

        // the roll-up: lines A (1 open, 6) and B (1 open, 9); the portfolios' own: 25 and 2 of P, 4 of the child
        // → 3 open, highest 25; the total: 1 + 1 + 3 = 5 open, highest max(6, 9, 25) = 25
        asAdmin().get(base + "/portfolios/" + portfolio + "/rollup").then().statusCode(200)
                .body("projects.risks.open", contains(1, 1)).body("projects.risks.highestExposure", contains(6, 9))
                .body("portfolioRisks.open", equalTo(3)).body("portfolioRisks.highestExposure", equalTo(25))
                .body("total.risks.open", equalTo(5)).body("total.risks.highestExposure", equalTo(25));
        // deleted (If-Match), it leaves the register and the roll-up
        asAdmin().header("If-Match", "\"0\"").delete(risks + "/" + funding).then().statusCode(204);
        asAdmin().get(risks + "/" + funding).then().statusCode(404);
        asAdmin().get(base + "/portfolios/" + portfolio + "/rollup").then()
                .body("portfolioRisks.open", equalTo(2)).body("portfolioRisks.highestExposure", equalTo(4))
                .body("total.risks.open", equalTo(4)).body("total.risks.highestExposure", equalTo(9));

        // the events name the portfolio
        asAdmin().get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.findAll { it.type == 'risk.created' && it.data.portfolioId == '" + portfolio
                        + "' }.size()", equalTo(3))
                .body("items.findAll { it.type == 'risk.closed' && it.data.portfolioId == '" + portfolio
                        + "' }.size()", equalTo(1))
                .body("items.findAll { it.type == 'risk.deleted' }.data.portfolioId", contains(portfolio));
    }

    @Test
    void writingNeedsProjectsWriteAsForThePortfolioAndReadersRead() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        String portfolio = portfolio(base, "Program", null);
        String risks = base + "/portfolios/" + portfolio + "/risks";
        String viewer = person(ws, "VIEWER");
        String member = person(ws, "MEMBER");
        String id = risk(risks, "Funding cut", 2, 2);
        as(viewer).get(risks).then().statusCode(200).body("items.id", contains(id));
        as(viewer).get(risks + "/matrix").then().statusCode(200);
        as(viewer).body(Map.of("title", "Mine", "probability", 1, "impact", 1)).post(risks).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(viewer).header("If-Match", "\"0\"").delete(risks + "/" + id).then().statusCode(403);
        as(member).body(Map.of("title", "Theirs", "probability", 1, "impact", 1)).post(risks).then().statusCode(201);
        // another workspace's portfolio does not exist
        given().header("Authorization", "Bearer " + viewer).get("/api/v1/workspaces/" + aWorkspace()
                + "/portfolios/" + portfolio + "/risks").then().statusCode(404);
    }

    @Test
    void theExposureTriggerFiresOnAPortfoliosRiskAndMitigationItemsOfAPrivateProjectStayHidden() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        aProject(ws, "OPS");
        asAdmin().body(Map.of("key", "SEC", "name", "Secret", "visibility", "PRIVATE")).post(base + "/projects")
                .then().statusCode(201);
        String secret = asAdmin().body(Map.of("project", "SEC", "title", "Secret fix")).post(base + "/work-items")
                .then().statusCode(201).extract().path("key");
        String open = asAdmin().body(Map.of("project", "OPS", "title", "Open fix")).post(base + "/work-items")
                .then().statusCode(201).extract().path("key");
        // a workspace rule (a project's rule is for its own risks)
        asAdmin().body(Map.of("name", "Escalate", "trigger", Map.of("type", "RISK_EXPOSURE_REACHED", "threshold", 20),
                        "actions", List.of(Map.of("type", "CREATE_WORK_ITEM", "title", "Escalate a program risk",
                                "projectKey", "OPS"))))
                .post(base + "/automation-rules").then().statusCode(201);
        String portfolio = portfolio(base, "Program", null);
        String risks = base + "/portfolios/" + portfolio + "/risks";
        String items = base + "/work-items?project=OPS";
        String id = risk(risks, "Below", 4, 4);
        asAdmin().get(items).then().body("items.title", contains("Open fix"));
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("impact", 5)).patch(risks + "/" + id).then().statusCode(200).body("exposure", equalTo(20));
        asAdmin().get(items).then().body("items.title", containsInAnyOrder("Open fix", "Escalate a program risk"));

        // mitigation items: a non-member cannot name a private project's item, nor sees it named, nor drops it
        String outsider = person(ws, "MEMBER");
        as(outsider).body(Map.of("title", "Mine", "probability", 1, "impact", 1, "mitigationItems", List.of(secret)))
                .post(risks).then().statusCode(400).body("errors.code", hasItem("UNKNOWN_WORK_ITEM"));
        String both = asAdmin().body(Map.of("title", "Both", "probability", 1, "impact", 1, "mitigationItems",
                List.of(open, secret))).post(risks).then().statusCode(201).extract().path("id");
        as(outsider).get(risks + "/" + both).then().statusCode(200).body("mitigationItems.key", contains(open));
        as(outsider).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("mitigationItems", List.of(open))).patch(risks + "/" + both).then().statusCode(200);
        asAdmin().get(risks + "/" + both).then().body("mitigationItems.key", contains(open, secret));
    }

    @Test
    void overGraphQLPortfolioRisksAreBatchedAndHaveTheirOwnMutations() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        String first = portfolio(base, "First", null);
        String second = portfolio(base, "Second", null);
        risk(base + "/portfolios/" + first + "/risks", "One", 2, 3);
        risk(base + "/portfolios/" + second + "/risks", "Two", 4, 4);
        String create = "mutation($ws: String!, $p: ID!) { createPortfolioRisk(input: {workspace: $ws, portfolio: $p,"
                + " title: \"Three\", probability: 1, impact: 5}) { risk { id portfolioId projectId exposure } } }";
        Map<String, Object> vars = new HashMap<>(Map.of("ws", ws, "p", second));
        JsonPath made = GraphQL.ok(ADMIN_KEY, create, vars);
        assertThat(made.getString("data.createPortfolioRisk.risk.portfolioId")).isEqualTo(second);
        assertThat(made.getString("data.createPortfolioRisk.risk.projectId")).isNull();
        assertThat(made.getInt("data.createPortfolioRisk.risk.exposure")).isEqualTo(5);
        String id = made.getString("data.createPortfolioRisk.risk.id");
        String update = "mutation($ws: String!, $p: ID!, $id: ID!) { updatePortfolioRisk(input: {workspace: $ws,"
                + " portfolio: $p, id: $id, status: CLOSED}) { risk { status } } }";
        vars.put("id", id);
        assertThat(GraphQL.ok(ADMIN_KEY, update, vars).getString("data.updatePortfolioRisk.risk.status")).isEqualTo("CLOSED");
        // another portfolio's risk is not found in this one; an unknown portfolio is not found
        Map<String, Object> wrong = new HashMap<>(vars);
        wrong.put("p", first);
        assertThat(GraphQL.as(ADMIN_KEY, update, wrong).getString("errors[0].extensions.code"))
                .isEqualTo("RISK_NOT_FOUND");
        wrong.put("p", UUID.randomUUID().toString());
        assertThat(GraphQL.as(ADMIN_KEY, create, wrong).getString("errors[0].extensions.code"))
                .isEqualTo("PORTFOLIO_NOT_FOUND");

        String query = "query($ws: String!) { workspace(idOrSlug: $ws) { portfolios(first: 10) { edges { node { name"
                + " risks(first: 10) { edges { node { title exposure history(first: 5) { edges { node { change } } } } } }"
                + " riskMatrix { total } } } } } }";
        JsonPath two = GraphQL.ok(ADMIN_KEY, query, Map.of("ws", ws));
        String node = "data.workspace.portfolios.edges.node.";
        assertThat(two.getList(node + "name")).containsExactly("First", "Second");
        assertThat(two.getList(node + "risks.edges.node.title").toString()).isEqualTo("[[One], [Two, Three]]");
        assertThat(two.getList(node + "riskMatrix.total")).containsExactly(1, 1);
        // a third portfolio with risks costs no more statements (no N+1)
        long before = GraphQL.ok(ADMIN_KEY, query, Map.of("ws", ws)).getLong("extensions.cost.statements");
        String third = portfolio(base, "Third", null);
        risk(base + "/portfolios/" + third + "/risks", "Four", 1, 1);
        JsonPath three = GraphQL.ok(ADMIN_KEY, query, Map.of("ws", ws));
        assertThat(three.getList(node + "name")).hasSize(3);
        assertThat(three.getLong("extensions.cost.statements")).isEqualTo(before);
    }

    private static String portfolio(String base, String name, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "currency", "EUR"));
        if (parent != null) {
            body.put("parent", parent);
        }
        return asAdmin().body(body).post(base + "/portfolios").then().statusCode(201).extract().path("id");
    }

    private static String risk(String register, String title, int probability, int impact) {
        return asAdmin().body(Map.of("title", title, "probability", probability, "impact", impact)).post(register)
                .then().statusCode(201).extract().path("id");
    }

    private static String person(String ws, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members").then()
                .statusCode(201);
        return Tokens.of(UUID.randomUUID().toString(), email, true);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
