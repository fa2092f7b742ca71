package io.worklane.api.export;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;

import java.util.List;
import java.util.Map;

/**
 * A workspace for exports: project EXP with custom fields budget (MONEY), cost (NUMBER) and customer
 * (TEXT); EXP-1 a bug with everything set (a title that needs CSV quoting, a customer that looks like a
 * formula), EXP-2 its child with the label "customer", EXP-3 a bare task.
 */
final class ExportFixture {
    static final String TRICKY_TITLE = "Login, \"SSO\"\nredirect";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private ExportFixture() {
    }

    static String seed() {
        String ws = aWorkspace();
        aProject(ws, "EXP");
        field(ws, "budget", "MONEY");
        field(ws, "cost", "NUMBER");
        field(ws, "customer", "TEXT");
        item(ws, Map.of("project", "EXP", "title", TRICKY_TITLE, "type", "BUG", "priority", "HIGH",
                "dueDate", "2026-12-24", "estimateMinutes", 90, "labels", List.of("api", "ui"),
                "customFields", Map.of("budget", Map.of("amount", "1200.50", "currency", "EUR"), "cost", -3.25,
                        "customer", FORMULA)));
        item(ws, Map.of("project", "EXP", "title", "Child", "parent", "EXP-1", "labels", List.of("customer")));
        item(ws, Map.of("project", "EXP", "title", "-1 is not a formula here"));
        return ws;
    }

    static String path(String ws) {
        return "/api/v1/workspaces/" + ws + "/work-items/export";
    }

    private static void field(String ws, String key, String type) {
        asAdmin().body(Map.of("key", key, "name", key, "type", type))
                .post("/api/v1/workspaces/" + ws + "/projects/EXP/custom-fields").then().statusCode(201);
    }

    private static void item(String ws, Map<String, Object> body) {
        asAdmin().body(body).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
    }
}
