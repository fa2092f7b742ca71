package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.portfolio.PortfolioFixture.AS_OF;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.portfolio.PortfolioFixture;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Portfolios over GraphQL: the same figures and refusals as REST, and a roll-up whose cost does not grow. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLPortfoliosTest {
    private static final String ROLLUP = "query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) {"
            + " portfolio(id: $id) { name projects { rank project { key } } rollup(asOf: \"" + AS_OF + "\") {"
            + " projects { key rank status { health } progress { percentComplete } schedule { lateMilestones }"
            + " budget { eac { amount } cpi } risks { open highestExposure } allocatedHours roi }"
            + " total { projects worstHealth healthCounts { health projects } budget { bac { amount } eac { amount }"
            + " cpi } allocatedHours expectedBenefits { amount currency } roi } }"
            + " statusReport { projects { project { key } report { health } } healthCounts { health projects } } } } }";

    @Test
    void theRollupHasTheRestFigures() {
        PortfolioFixture f = PortfolioFixture.aPortfolioOfThreeProjects();
        JsonPath r = ok(ROLLUP, Map.of("ws", f.ws, "id", f.parent));
        String at = "data.workspace.portfolio.rollup.";
        assertThat(r.getList("data.workspace.portfolio.projects.project.key")).containsExactly("PA", "PB");
        assertThat(r.getList(at + "projects.key")).containsExactly("PA", "PB", "PC");
        assertThat(r.getString(at + "projects[0].budget.eac.amount")).isEqualTo("7200.00");
        assertThat(r.getString(at + "projects[0].roi")).isEqualTo("1.5000");
        assertThat(r.getString(at + "projects[2].allocatedHours")).isEqualTo("40.00");
        assertThat(r.getString(at + "total.worstHealth")).isEqualTo("OFF_TRACK");
        assertThat(r.getString(at + "total.budget.cpi")).isEqualTo("1.0976");
        assertThat(r.getString(at + "total.budget.eac.amount")).isEqualTo("8200.00");
        assertThat(r.getString(at + "total.expectedBenefits.amount")).isEqualTo("18500.00");
        assertThat(r.getString(at + "total.roi")).isEqualTo("1.5000");
        String report = "data.workspace.portfolio.statusReport.";
        assertThat(r.getList(report + "projects.project.key")).containsExactly("PA", "PB", "PC");
        assertThat(r.getString(report + "projects[0].report.health")).isEqualTo("AT_RISK");
        assertThat(r.getString(report + "projects[1].report.health")).isEqualTo("OFF_TRACK");
        assertThat(r.getString(report + "projects[2].report")).isNull();
    }

    @Test
    void aRollupCostsTheSameStatementsForTwoProjectsOrSix() {
        String[] small = aPortfolioOf(2);
        String[] large = aPortfolioOf(6);

        long smallCount = statementsOf(small, 2);
        long largeCount = statementsOf(large, 6);

        assertThat(largeCount).isEqualTo(smallCount);
    }

    @Test
    void mutationsRankNestAndRefuseACycle() {
        String ws = aWorkspace();
        io.worklane.api.support.Api.aProject(ws, "GA");
        String create = "mutation($ws: String!, $parent: ID) { createPortfolio(input: {workspace: $ws, name: \"P\","
                + " currency: \"EUR\", parent: $parent, idempotencyKey: \"k\"}) { portfolio { id version } } }";
        String top = ok(create, Map.of("ws", ws)).getString("data.createPortfolio.portfolio.id");
        assertThat(ok(create, Map.of("ws", ws)).getString("data.createPortfolio.portfolio.id")).isEqualTo(top);
        java.util.Map<String, Object> vars = new java.util.HashMap<>(Map.of("ws", ws));
        vars.put("parent", top);
        String child = ok(create.replace("idempotencyKey: \"k\"", "idempotencyKey: \"k2\""), vars)
                .getString("data.createPortfolio.portfolio.id");

        JsonPath ranked = ok("mutation($ws: String!, $id: ID!) { rankPortfolioProject(input: {workspace: $ws,"
                + " portfolio: $id, project: \"GA\", rank: 1, expectedVersion: 0}) { portfolio { version projects"
                + " { rank project { key portfolios { id } } } } } }", Map.of("ws", ws, "id", top));
        assertThat(ranked.getList("data.rankPortfolioProject.portfolio.projects.project.key")).containsExactly("GA");
        assertThat(ranked.getInt("data.rankPortfolioProject.portfolio.version")).isEqualTo(1);
        assertThat(ranked.getList("data.rankPortfolioProject.portfolio.projects[0].project.portfolios.id"))
                .containsExactly(top);

        JsonPath cycle = failing("mutation($ws: String!, $id: ID!, $parent: ID) { updatePortfolio(input: {workspace:"
                + " $ws, id: $id, parent: $parent}) { portfolio { id } } }", Map.of("ws", ws, "id", top,
                "parent", child));
        assertThat(cycle.getString("errors[0].extensions.code")).isEqualTo("PORTFOLIO_CYCLE");

        JsonPath benefits = ok("mutation($ws: String!) { setExpectedBenefits(input: {workspace: $ws, project: \"GA\","
                + " amount: \"100.00\", currency: \"EUR\"}) { expectedBenefits { amount { amount } version } } }",
                Map.of("ws", ws));
        assertThat(benefits.getString("data.setExpectedBenefits.expectedBenefits.amount.amount")).isEqualTo("100.00");
        assertThat(ok("query($ws: String!) { workspace(idOrSlug: $ws) { portfolios(first: 1) { edges { node { name } }"
                + " pageInfo { hasNextPage } } } }", Map.of("ws", ws))
                .getBoolean("data.workspace.portfolios.pageInfo.hasNextPage")).isTrue();
    }

    private long statementsOf(String[] wsAndPortfolio, int projects) {
        String query = "query($ws: String!, $id: ID!) { workspace(idOrSlug: $ws) { portfolio(id: $id) {"
                + " rollup(asOf: \"" + AS_OF + "\") { projects { key budget { ac { amount } } risks { open }"
                + " allocatedHours schedule { forecastFinish } } } } } }";
        Map<String, Object> vars = Map.of("ws", wsAndPortfolio[0], "id", wsAndPortfolio[1]);
        ok(query, vars); // key, workspace and rates in memory alike for both
        JsonPath result = ok(query, vars);
        List<String> keys = result.getList("data.workspace.portfolio.rollup.projects.key");
        assertThat(keys).hasSize(projects);
        assertThat(result.getList("data.workspace.portfolio.rollup.projects.risks.open", Integer.class))
                .allMatch(open -> open == 1);
        assertThat(result.getList("data.workspace.portfolio.rollup.projects.allocatedHours", String.class))
                .allMatch(h -> !h.equals("0.00"));
        return result.getLong("extensions.cost.statements");
    }

    /** Projects each with a budget and an expense, two dependent items, a risk, benefits and an allocation. */
    private static String[] aPortfolioOf(int projects) {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        String portfolio = PortfolioFixture.portfolio(base, Map.of("name", "Counted", "currency", "EUR"));
        String resource = asAdmin().body(Map.of("kind", "PERSON", "name", "Ada")).post(base + "/resources").then()
                .statusCode(201).extract().path("id");
        for (int p = 0; p < projects; p++) {
            String key = "C" + (char) ('A' + p);
            io.worklane.api.support.Api.aProject(ws, key);
            asAdmin().body(Map.of("project", key, "currency", "EUR", "lines", List.of(Map.of("category", "LABOUR",
                    "planned", Map.of("amount", "100.00", "currency", "EUR"))))).post(base + "/budgets").then()
                    .statusCode(201);
            asAdmin().body(Map.of("project", key, "category", "OTHER", "date", "2027-01-01",
                    "amount", Map.of("amount", "10.00", "currency", "EUR"))).post(base + "/expenses").then()
                    .statusCode(201);
            String first = asAdmin().body(Map.of("project", key, "title", "First", "estimateMinutes", 60))
                    .post(base + "/work-items").then().statusCode(201).extract().path("key");
            String second = asAdmin().body(Map.of("project", key, "title", "Second", "estimateMinutes", 60))
                    .post(base + "/work-items").then().statusCode(201).extract().path("key");
            asAdmin().body(Map.of("predecessor", first)).post(base + "/work-items/" + second + "/dependencies").then()
                    .statusCode(201);
            asAdmin().body(Map.of("title", "Risk", "probability", 2, "impact", 2)).post(base + "/projects/" + key
                    + "/risks").then().statusCode(201);
            asAdmin().body(Map.of("amount", "500.00", "currency", "EUR")).put(base + "/projects/" + key
                    + "/expected-benefits").then().statusCode(200);
            asAdmin().body(Map.of("resource", resource, "project", key, "from", AS_OF, "to", "2027-02-28",
                    "minutesPerWeek", 60)).post(base + "/allocations").then().statusCode(201);
            asAdmin().put(base + "/portfolios/" + portfolio + "/projects/" + key).then().statusCode(200);
        }
        return new String[] {ws, portfolio};
    }
}
