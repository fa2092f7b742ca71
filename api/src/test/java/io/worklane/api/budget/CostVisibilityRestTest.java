package io.worklane.api.budget;

import static io.restassured.RestAssured.given;
import static io.worklane.api.budget.Budgeting.aBudgetOf;
import static io.worklane.api.budget.Budgeting.anExpenseOf;
import static io.worklane.api.budget.Budgeting.budgets;
import static io.worklane.api.budget.Budgeting.expenses;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue #7 item 6: owners, admins and the lead see costs; a MEMBER only where the budget allows; GUEST never. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CostVisibilityRestTest {

    /** A signed-in person with this role in the workspace; returns the member id and the token. */
    private static String[] aPerson(String ws, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
        return new String[] {id, Tokens.of(UUID.randomUUID().toString(), email, true)};
    }

    private static RequestSpecification as(String[] person) {
        return given().header("Authorization", "Bearer " + person[1]).contentType(ContentType.JSON);
    }

    @Test
    void a_member_sees_the_costs_of_projects_it_leads_or_whose_budget_allows_members() {
        String ws = aWorkspace();
        String[] member = aPerson(ws, "MEMBER");
        String[] lead = aPerson(ws, "MEMBER");
        String[] admin = aPerson(ws, "ADMIN");
        String[] guest = aPerson(ws, "GUEST");
        aProject(ws, "LED");
        asAdmin().body(Map.of("leadId", lead[0])).patch("/api/v1/workspaces/" + ws + "/projects/LED").then()
                .statusCode(200);
        aProject(ws, "OPN");
        String led = aBudgetOf(ws, "LED", "100.00");
        String open = aBudgetOf(ws, "OPN", "100.00");
        asAdmin().body(Map.of("visibleToMembers", true)).patch(budgets(ws) + "/" + open).then().statusCode(200);
        String ledExpense = anExpenseOf(ws, "LED", "5.00", "2026-01-01");
        String openExpense = anExpenseOf(ws, "OPN", "7.00", "2026-01-02");

        as(admin).get(budgets(ws)).then().statusCode(200).body("items", hasSize(2));
        as(lead).get(budgets(ws)).then().statusCode(200).body("items.id", contains(led, open));
        as(lead).get(budgets(ws) + "/" + led + "/summary").then().statusCode(200);
        as(member).get(budgets(ws)).then().statusCode(200).body("items.id", contains(open));
        as(member).get(budgets(ws) + "/" + led).then().statusCode(404).body("code", equalTo("BUDGET_NOT_FOUND"));
        as(member).get(budgets(ws) + "/" + led + "/summary").then().statusCode(404);
        as(member).get(expenses(ws)).then().statusCode(200).body("items.id", contains(openExpense));
        as(member).get(expenses(ws) + "/" + ledExpense).then().statusCode(404)
                .body("code", equalTo("EXPENSE_NOT_FOUND"));
        as(lead).get(expenses(ws) + "/" + ledExpense).then().statusCode(200);
        as(member).body(Map.of("visibleToMembers", true)).patch(budgets(ws) + "/" + led).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(guest).get(budgets(ws)).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(guest).get(expenses(ws)).then().statusCode(403);
    }

    @Test
    void cost_rates_are_shown_to_owners_and_admins_not_to_members() {
        String ws = aWorkspace();
        String[] member = aPerson(ws, "MEMBER");
        String[] admin = aPerson(ws, "ADMIN");
        String resource = io.worklane.api.resource.ResourceFixtures.aFortyHourPersonWithRates(ws, "Ada");
        String path = "/api/v1/workspaces/" + ws + "/resources/" + resource;
        as(admin).get(path).then().statusCode(200).body("costRates", hasSize(org.hamcrest.Matchers.greaterThan(0)));
        as(member).get(path).then().statusCode(200).body("costRates", org.hamcrest.Matchers.nullValue())
                .body("name", equalTo("Ada"));
    }
}
