package io.worklane.api.portfolio;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;

import java.util.List;
import java.util.Map;

/**
 * A workspace of three projects with figures worked out by hand (PortfoliosRestTest, GraphQLPortfoliosTest):
 * <ul>
 * <li>PA: budget 10,000 USD, 4,000 USD spent, 600 of 1,200 estimate minutes done: EV 5,000, CPI 1.25,
 *     EAC 8,000 USD; at 0.9 EUR per USD: BAC 9,000, AC 3,600, EV 4,500, EAC 7,200 EUR. Benefits 18,000 EUR:
 *     ROI (18,000 − 7,200) ÷ 7,200 = 1.5. One open risk (2 × 3). Published report AT_RISK.</li>
 * <li>PB: budget 1,000 EUR, 500 spent, 0 of 300 done: EV 0, CPI 0, no EAC (its forecast cost is the BAC).
 *     Risks 4 × 5 open and 5 × 5 closed. A milestone due 2026-01-05 not done: late. Published report OFF_TRACK.</li>
 * <li>PC (in a child portfolio): no budget, benefits 500 EUR, a person allocated 600 minutes a week from asOf
 *     for the four weeks: 2,400 minutes = 40.00 hours.</li>
 * </ul>
 */
public final class PortfolioFixture {
    public static final String AS_OF = "2027-01-05";
    public final String ws;
    public final String parent;
    public final String child;

    private PortfolioFixture(String ws, String parent, String child) {
        this.ws = ws;
        this.parent = parent;
        this.child = child;
    }

    public static PortfolioFixture aPortfolioOfThreeProjects() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        asAdmin().body(Map.of("from", "USD", "to", "EUR", "rate", "0.9", "effectiveFrom", "2026-01-01"))
                .post(base + "/exchange-rates").then().statusCode(201);
        for (String key : List.of("PA", "PB", "PC")) {
            asAdmin().body(Map.of("key", key, "name", "Project " + key, "kind", "PROJECT", "startDate", "2026-12-01",
                    "targetDate", "2027-03-31")).post(base + "/projects").then().statusCode(201);
        }
        budget(base, "PA", "USD", "10000.00", "4000.00");
        budget(base, "PB", "EUR", "1000.00", "500.00");
        item(base, "PA", "Design", 600, true);
        item(base, "PA", "Build", 600, false);
        item(base, "PB", "Plan", 300, false);
        asAdmin().body(Map.of("project", "PB", "title", "Go-live", "type", "MILESTONE", "dueDate", "2026-01-05"))
                .post(base + "/work-items").then().statusCode(201);
        risk(base, "PA", 2, 3, null);
        risk(base, "PB", 4, 5, null);
        risk(base, "PB", 5, 5, "CLOSED");
        report(base, "PA", "AT_RISK");
        report(base, "PB", "OFF_TRACK");
        benefits(base, "PA", "18000.00");
        benefits(base, "PC", "500.00");
        String resource = asAdmin().body(Map.of("kind", "PERSON", "name", "Ada")).post(base + "/resources").then()
                .statusCode(201).extract().path("id");
        asAdmin().body(Map.of("resource", resource, "project", "PC", "from", AS_OF, "to", "2027-03-31",
                "minutesPerWeek", 600)).post(base + "/allocations").then().statusCode(201);

        String parent = portfolio(base, Map.of("name", "Growth", "currency", "EUR"));
        String child = portfolio(base, Map.of("name", "Growth / Platform", "currency", "EUR", "parent", parent));
        asAdmin().put(base + "/portfolios/" + parent + "/projects/PA").then().statusCode(200);
        asAdmin().put(base + "/portfolios/" + parent + "/projects/PB").then().statusCode(200);
        asAdmin().put(base + "/portfolios/" + child + "/projects/PC").then().statusCode(200);
        return new PortfolioFixture(ws, parent, child);
    }

    public static String portfolio(String base, Map<String, Object> body) {
        return asAdmin().body(body).post(base + "/portfolios").then().statusCode(201).extract().path("id");
    }

    private static void budget(String base, String project, String currency, String planned, String spent) {
        asAdmin().body(Map.of("project", project, "currency", currency, "lines", List.of(Map.of("category", "LABOUR",
                "planned", Map.of("amount", planned, "currency", currency))))).post(base + "/budgets").then()
                .statusCode(201);
        asAdmin().body(Map.of("project", project, "category", "OTHER", "date", "2027-01-03",
                "amount", Map.of("amount", spent, "currency", currency))).post(base + "/expenses").then().statusCode(201);
    }

    private static void item(String base, String project, String title, int minutes, boolean done) {
        String key = asAdmin().body(Map.of("project", project, "title", title, "estimateMinutes", minutes))
                .post(base + "/work-items").then().statusCode(201).extract().path("key");
        if (done) {
            asAdmin().body(Map.of("to", "done")).post(base + "/work-items/" + key + "/transitions").then()
                    .statusCode(200);
        }
    }

    private static void risk(String base, String project, int probability, int impact, String status) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Risk " + probability + "x" + impact,
                "probability", probability, "impact", impact));
        if (status != null) {
            body.put("status", status);
        }
        asAdmin().body(body).post(base + "/projects/" + project + "/risks").then().statusCode(201);
    }

    private static void report(String base, String project, String health) {
        String id = asAdmin().post(base + "/projects/" + project + "/status-reports/draft?asOf=" + AS_OF).then()
                .statusCode(201).extract().path("id");
        String report = base + "/projects/" + project + "/status-reports/" + id;
        asAdmin().contentType("application/merge-patch+json").body(Map.of("health", health)).patch(report).then()
                .statusCode(200);
        asAdmin().post(report + "/publish").then().statusCode(200);
    }

    private static void benefits(String base, String project, String amount) {
        asAdmin().body(Map.of("amount", amount, "currency", "EUR")).put(base + "/projects/" + project
                + "/expected-benefits").then().statusCode(200);
    }
}
