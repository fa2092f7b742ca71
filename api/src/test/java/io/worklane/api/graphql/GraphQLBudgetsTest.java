package io.worklane.api.graphql;

import static io.worklane.api.graphql.GraphQLClient.failing;
import static io.worklane.api.graphql.GraphQLClient.ok;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budgets, expenses and rates through GraphQL: the same rules and figures as REST, Project.budget batched. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLBudgetsTest {
    private static final String CREATE = "mutation($in: CreateBudgetInput!) { createBudget(input: $in) {"
            + " budget { id projectKey currency thresholds planned { amount currency } lines { category"
            + " planned { amount } phases { month amount } } version } } }";
    private static final String EXPENSE = "mutation($in: CreateExpenseInput!) { createExpense(input: $in) {"
            + " expense { id category amount { amount currency } date } } }";

    private static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    @Test
    void a_budget_is_created_read_through_its_project_and_summarised_at_a_status_date() {
        String ws = aWorkspace();
        aProject(ws, "GB");
        aProject(ws, "GC");
        JsonPath created = ok(CREATE, Map.of("in", Map.of("workspace", ws, "project", "GB", "currency", "EUR",
                "lines", List.of(Map.of("category", "LABOUR", "planned", money("8000.00", "EUR"), "phases",
                        List.of(Map.of("month", "2026-01", "amount", "8000.00")))))));
        assertThat(created.getString("data.createBudget.budget.planned.amount")).isEqualTo("8000.00");
        assertThat(created.getList("data.createBudget.budget.thresholds")).containsExactly("0.8", "1.0");
        String id = created.getString("data.createBudget.budget.id");

        ok(EXPENSE, Map.of("in", Map.of("workspace", ws, "project", "GB", "category", "TRAVEL",
                "amount", money("6400.00", "EUR"), "date", "2026-01-10")));
        JsonPath read = ok("query($ws: String!) { workspace(idOrSlug: $ws) { projects { edges { node { key budget {"
                + " id summary(asOf: \"2026-01-31\") { actual { amount } pv { amount } ev { amount } cpi"
                + " percentComplete categories { category actual { amount } } } } } } }"
                + " budgets { id } expenses(category: TRAVEL) { amount { amount } } exchangeRates { id } } }",
                Map.of("ws", ws));
        assertThat(read.getList("data.workspace.projects.edges.node.key")).containsExactly("GB", "GC");
        assertThat(read.getString("data.workspace.projects.edges[0].node.budget.id")).isEqualTo(id);
        assertThat(read.getString("data.workspace.projects.edges[1].node.budget")).isNull();
        assertThat(read.getString("data.workspace.projects.edges[0].node.budget.summary.actual.amount"))
                .isEqualTo("6400.00");
        assertThat(read.getString("data.workspace.projects.edges[0].node.budget.summary.pv.amount"))
                .isEqualTo("8000.00");
        assertThat(read.getString("data.workspace.projects.edges[0].node.budget.summary.ev")).isNull();
        assertThat(read.getString("data.workspace.projects.edges[0].node.budget.summary.cpi")).isNull();
        assertThat(read.getList("data.workspace.expenses.amount.amount")).containsExactly("6400.00");
        assertThat(read.getList("data.workspace.exchangeRates")).isEmpty();

        JsonPath updated = ok("mutation($in: UpdateBudgetInput!) { updateBudget(input: $in) { budget { version"
                + " thresholds visibleToMembers } } }", Map.of("in", Map.of("workspace", ws, "id", id,
                "expectedVersion", 0, "thresholds", List.of("0.5"), "visibleToMembers", true)));
        assertThat(updated.getList("data.updateBudget.budget.thresholds")).containsExactly("0.5");
        ok("mutation($in: DeleteBudgetInput!) { deleteBudget(input: $in) { deletedId } }",
                Map.of("in", Map.of("workspace", ws, "id", id, "expectedVersion", 1)));
    }

    @Test
    void the_same_refusals_as_rest() {
        String ws = aWorkspace();
        aProject(ws, "GR");
        JsonPath bad = failing(CREATE, Map.of("in", Map.of("workspace", ws, "project", "GR", "currency", "EUR",
                "lines", List.of(Map.of("category", "LABOUR", "planned", money("-1", "EUR"))),
                "thresholds", List.of("11"))));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.getList("errors[0].extensions.errors.code")).containsExactly("NEGATIVE_AMOUNT",
                "THRESHOLD_OUT_OF_RANGE");
        ok(CREATE, Map.of("in", Map.of("workspace", ws, "project", "GR", "currency", "EUR")));
        assertThat(failing(CREATE, Map.of("in", Map.of("workspace", ws, "project", "GR", "currency", "USD")))
                .getString("errors[0].extensions.code")).isEqualTo("BUDGET_ALREADY_EXISTS");
        assertThat(failing(EXPENSE, Map.of("in", Map.of("workspace", ws, "project", "GR", "category", "OTHER",
                "amount", money("1.00", "CHF"), "date", "2026-01-01"))).getString("errors[0].extensions.code"))
                .isEqualTo("NO_EXCHANGE_RATE");
        JsonPath rate = ok("mutation($in: CreateExchangeRateInput!) { createExchangeRate(input: $in) {"
                + " exchangeRate { id rate } } }", Map.of("in", Map.of("workspace", ws, "from", "CHF", "to", "EUR",
                "rate", "1.0500", "effectiveFrom", "2026-01-01")));
        assertThat(rate.getString("data.createExchangeRate.exchangeRate.rate")).isEqualTo("1.05");
        JsonPath expense = ok(EXPENSE, Map.of("in", Map.of("workspace", ws, "project", "GR", "category", "OTHER",
                "amount", money("1.00", "CHF"), "date", "2026-01-01")));
        assertThat(expense.getString("data.createExpense.expense.amount.currency")).isEqualTo("CHF");
    }
}
