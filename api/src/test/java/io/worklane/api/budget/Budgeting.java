package io.worklane.api.budget;

import static io.worklane.api.support.Api.asAdmin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test data for budgets, expenses and rates, in the shapes a client writes. */
final class Budgeting {
    private Budgeting() {
    }

    static String budgets(String ws) {
        return "/api/v1/workspaces/" + ws + "/budgets";
    }

    static String expenses(String ws) {
        return "/api/v1/workspaces/" + ws + "/expenses";
    }

    static String rates(String ws) {
        return "/api/v1/workspaces/" + ws + "/exchange-rates";
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    static Map<String, Object> line(String category, String amount, String currency) {
        return Map.of("category", category, "planned", money(amount, currency));
    }

    /** A budget body: {"project":…, "currency":…, "lines":[…]}. */
    static Map<String, Object> aBudget(String project, String currency, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("project", project);
        body.put("currency", currency);
        body.put("lines", lines);
        return body;
    }

    static String aBudgetOf(String ws, String project, String labourEur) {
        return asAdmin().body(aBudget(project, "EUR", List.of(line("LABOUR", labourEur, "EUR")))).post(budgets(ws))
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> anExpense(String project, String category, String amount, String currency,
                                         String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("project", project);
        body.put("category", category);
        body.put("amount", money(amount, currency));
        body.put("date", date);
        return body;
    }

    static String anExpenseOf(String ws, String project, String amountEur, String date) {
        return asAdmin().body(anExpense(project, "MATERIALS", amountEur, "EUR", date)).post(expenses(ws)).then()
                .statusCode(201).extract().path("id");
    }
}
