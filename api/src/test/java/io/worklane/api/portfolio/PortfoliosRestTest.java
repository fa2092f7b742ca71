package io.worklane.api.portfolio;

import static io.worklane.api.portfolio.PortfolioFixture.AS_OF;
import static io.worklane.api.portfolio.PortfolioFixture.aPortfolioOfThreeProjects;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Portfolios over REST: ranking with If-Match, nesting without cycles, and a roll-up checked by hand. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PortfoliosRestTest {

    @Test
    void theRollupIsWhatWasWorkedOutByHand() {
        PortfolioFixture f = aPortfolioOfThreeProjects();
        JsonPath r = asAdmin().get("/api/v1/workspaces/" + f.ws + "/portfolios/" + f.parent + "/rollup?asOf=" + AS_OF)
                .then().statusCode(200).extract().jsonPath();

        assertThat(r.getList("projects.key")).containsExactly("PA", "PB", "PC");
        assertThat(r.getList("projects.rank")).containsExactly(1, 2, 1);
        assertThat(r.getString("projects[2].portfolioId")).isEqualTo(f.child);
        // PA in EUR at 0.9
        assertThat(r.getString("projects[0].status.health")).isEqualTo("AT_RISK");
        assertThat(r.getString("projects[0].progress.percentComplete")).isEqualTo("0.5000");
        assertThat(r.getMap("projects[0].budget.bac")).isEqualTo(Map.of("amount", "9000.00", "currency", "EUR"));
        assertThat(r.getString("projects[0].budget.ac.amount")).isEqualTo("3600.00");
        assertThat(r.getString("projects[0].budget.ev.amount")).isEqualTo("4500.00");
        assertThat(r.getString("projects[0].budget.eac.amount")).isEqualTo("7200.00");
        assertThat(r.getString("projects[0].budget.cpi")).isEqualTo("1.2500");
        assertThat(r.getString("projects[0].roi")).isEqualTo("1.5000");
        assertThat(r.getInt("projects[0].risks.open")).isEqualTo(1);
        assertThat(r.getInt("projects[0].risks.highestExposure")).isEqualTo(6);
        assertThat(r.getString("projects[0].schedule.targetDate")).isEqualTo("2027-03-31");
        assertThat(r.getString("projects[0].schedule.forecastFinish")).isNotNull();
        // PB: nothing earned yet, so no EAC; the closed 5 × 5 risk is not counted; its milestone is late
        assertThat(r.getString("projects[1].budget.cpi")).isEqualTo("0.0000");
        assertThat(r.getString("projects[1].budget.eac")).isNull();
        assertThat(r.getInt("projects[1].risks.highestExposure")).isEqualTo(20);
        assertThat(r.getInt("projects[1].schedule.lateMilestones")).isEqualTo(1);
        assertThat(r.getString("projects[1].roi")).isNull();
        // PC: 600 minutes a week for four weeks
        assertThat(r.getString("projects[2].allocatedHours")).isEqualTo("40.00");
        assertThat(r.getString("projects[2].budget")).isNull();

        assertThat(r.getInt("total.projects")).isEqualTo(3);
        assertThat(r.getMap("total.healthCounts")).containsEntry("AT_RISK", 1).containsEntry("OFF_TRACK", 1)
                .containsEntry("NONE", 1).containsEntry("ON_TRACK", 0);
        assertThat(r.getString("total.worstHealth")).isEqualTo("OFF_TRACK");
        assertThat(r.getString("total.progress.percentComplete")).isEqualTo("0.4000"); // 600 ÷ 1,500
        assertThat(r.getString("total.budget.bac.amount")).isEqualTo("10000.00");
        assertThat(r.getString("total.budget.ac.amount")).isEqualTo("4100.00");
        assertThat(r.getString("total.budget.cpi")).isEqualTo("1.0976"); // 4,500 ÷ 4,100
        assertThat(r.getString("total.budget.eac.amount")).isEqualTo("8200.00"); // 7,200 + PB's BAC 1,000
        assertThat(r.getInt("total.budgetsLeftOut")).isEqualTo(1);
        assertThat(r.getInt("total.risks.open")).isEqualTo(2);
        assertThat(r.getInt("total.risks.highestExposure")).isEqualTo(20);
        assertThat(r.getInt("total.lateMilestones")).isEqualTo(1);
        assertThat(r.getString("total.allocatedHours")).isEqualTo("40.00");
        assertThat(r.getString("total.expectedBenefits.amount")).isEqualTo("18500.00");
        assertThat(r.getString("total.roi")).isEqualTo("1.5000"); // PC has benefits but no cost: not weighed

        asAdmin().get("/api/v1/workspaces/" + f.ws + "/portfolios/" + f.parent + "/rollup?asOf=+999999999-12-31")
                .then().statusCode(400);
    }

    @Test
    void thePortfolioReportGathersEachProjectsLatestPublishedReport() {
        PortfolioFixture f = aPortfolioOfThreeProjects();
        JsonPath r = asAdmin().get("/api/v1/workspaces/" + f.ws + "/portfolios/" + f.parent + "/status-report").then()
                .statusCode(200).extract().jsonPath();
        assertThat(r.getList("projects.key")).containsExactly("PA", "PB", "PC");
        assertThat(r.getString("projects[0].report.health")).isEqualTo("AT_RISK");
        assertThat(r.getString("projects[0].report.status")).isEqualTo("PUBLISHED");
        assertThat(r.getString("projects[1].report.health")).isEqualTo("OFF_TRACK");
        assertThat(r.getString("projects[2].report")).isNull();
        assertThat(r.getMap("healthCounts")).containsEntry("AT_RISK", 1).containsEntry("OFF_TRACK", 1)
                .containsEntry("NONE", 1);
        // the child portfolio's report holds only its own project
        asAdmin().get("/api/v1/workspaces/" + f.ws + "/portfolios/" + f.child + "/status-report").then()
                .statusCode(200).body("projects.key", contains("PC"));
    }

    @Test
    void projectsAreRankedAndMovedWithIfMatch() {
        String ws = aWorkspace();
        aProject(ws, "RA");
        aProject(ws, "RB");
        String base = "/api/v1/workspaces/" + ws + "/portfolios";
        String id = asAdmin().header("Idempotency-Key", "p-1").body(Map.of("name", "Ranked", "currency", "EUR"))
                .post(base).then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/portfolios/"))
                .extract().path("id");
        asAdmin().header("Idempotency-Key", "p-1").body(Map.of("name", "Ranked", "currency", "EUR")).post(base)
                .then().statusCode(201).body("id", equalTo(id));
        String one = base + "/" + id;

        asAdmin().header("If-Match", "\"0\"").put(one + "/projects/RA").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        asAdmin().header("If-Match", "\"1\"").put(one + "/projects/RB").then().statusCode(200);
        asAdmin().header("If-Match", "\"1\"").body(Map.of("rank", 1)).put(one + "/projects/RB").then().statusCode(412);
        asAdmin().header("If-Match", "\"2\"").body(Map.of("rank", 1)).put(one + "/projects/RB").then().statusCode(200)
                .body("projects.key", contains("RB", "RA")).body("projects.rank", contains(1, 2));
        asAdmin().body(Map.of("rank", 0)).put(one + "/projects/RA").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().delete(one + "/projects/RB").then().statusCode(200).body("projects.key", contains("RA"));
        asAdmin().delete(one + "/projects/RB").then().statusCode(404).body("code", equalTo("PORTFOLIO_PROJECT_NOT_FOUND"));
        asAdmin().put(one + "/projects/NOPE").then().statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
    }

    @Test
    void aCycleIsRefusedAndAParentWithChildrenStays() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws + "/portfolios";
        String top = PortfolioFixture.portfolio("/api/v1/workspaces/" + ws, Map.of("name", "Top", "currency", "EUR"));
        String mid = PortfolioFixture.portfolio("/api/v1/workspaces/" + ws, Map.of("name", "Mid", "currency", "EUR",
                "parent", top));
        String low = PortfolioFixture.portfolio("/api/v1/workspaces/" + ws, Map.of("name", "Low", "currency", "USD",
                "parent", mid));

        asAdmin().contentType("application/merge-patch+json").body(Map.of("parent", low)).patch(base + "/" + top)
                .then().statusCode(409).body("code", equalTo("PORTFOLIO_CYCLE"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("parent", top)).patch(base + "/" + top)
                .then().statusCode(409).body("code", equalTo("PORTFOLIO_CYCLE"));
        asAdmin().get(base + "/" + top).then().statusCode(200).body("parent", org.hamcrest.Matchers.nullValue())
                .body("version", equalTo(0));
        asAdmin().delete(base + "/" + mid).then().statusCode(409).body("code", equalTo("PORTFOLIO_HAS_CHILDREN"));
        asAdmin().body(Map.of("name", "Bad", "currency", "EUX")).post(base).then().statusCode(400);
        asAdmin().body(Map.of("name", "Orphan", "currency", "EUR", "parent", java.util.UUID.randomUUID().toString()))
                .post(base).then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_PORTFOLIO"));

        asAdmin().get(base + "?parent=" + top).then().statusCode(200).body("items.name", contains("Mid"));
        JsonPath page = asAdmin().get(base + "?limit=2").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.name")).containsExactly("Top", "Mid");
        asAdmin().get(base + "?limit=2&cursor=" + page.getString("nextCursor")).then().statusCode(200)
                .body("items.name", contains("Low"));

        asAdmin().contentType("application/merge-patch+json").body(Map.of("parent", top)).patch(base + "/" + low)
                .then().statusCode(200).body("parent", equalTo(top));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(java.util.Collections.singletonMap("parent", null)).patch(base + "/" + mid).then()
                .statusCode(200).body("parent", org.hamcrest.Matchers.nullValue());
        asAdmin().header("If-Match", "\"1\"").delete(base + "/" + mid).then().statusCode(204);
        asAdmin().get(base + "/" + mid).then().statusCode(404).body("code", equalTo("PORTFOLIO_NOT_FOUND"));
    }

    @Test
    void expectedBenefitsAreStatedChangedAndWithdrawn() {
        String ws = aWorkspace();
        aProject(ws, "EB");
        String url = "/api/v1/workspaces/" + ws + "/projects/EB/expected-benefits";
        asAdmin().get(url).then().statusCode(404).body("code", equalTo("EXPECTED_BENEFITS_NOT_FOUND"));
        asAdmin().body(Map.of("amount", "-1.00", "currency", "EUR")).put(url).then().statusCode(400);
        asAdmin().body(Map.of("amount", "1.001", "currency", "EUR")).put(url).then().statusCode(400);
        asAdmin().body(Map.of("amount", "1000.00", "currency", "EUR", "note", "Year one")).put(url).then()
                .statusCode(200).header("ETag", equalTo("\"0\"")).body("amount.amount", equalTo("1000.00"));
        asAdmin().header("If-Match", "\"7\"").body(Map.of("amount", "2.00", "currency", "EUR")).put(url).then()
                .statusCode(412);
        asAdmin().header("If-Match", "\"0\"").body(Map.of("amount", "2500.50", "currency", "USD")).put(url).then()
                .statusCode(200).body("amount.currency", equalTo("USD")).body("version", equalTo(1));
        asAdmin().header("If-Match", "\"1\"").delete(url).then().statusCode(204);
        asAdmin().get(url).then().statusCode(404);
    }
}
