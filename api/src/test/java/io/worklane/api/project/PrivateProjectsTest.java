package io.worklane.api.project;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Project membership and private projects (issue #13 item 2, ADR 0084) with signed-in people: a PRIVATE project is
 * its members' (directly or through a team) and the admins' alone, a MANAGER manages it without being an admin.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PrivateProjectsTest {

    @Test
    void aPrivateProjectIsSeenByItsMembersAndTeamsAloneAndManagedByItsManager() {
        String ws = aWorkspace();
        Person creator = person(ws, "MEMBER");
        Person outsider = person(ws, "MEMBER");
        Person mate = person(ws, "MEMBER");
        String base = "/api/v1/workspaces/" + ws;

        // a person creating a PRIVATE project becomes its MANAGER
        as(creator).body(Map.of("key", "SEC", "name", "Secret", "visibility", "PRIVATE")).post(base + "/projects")
                .then().statusCode(201).body("visibility", equalTo("PRIVATE"));
        as(creator).get(base + "/projects/SEC/members").then().statusCode(200)
                .body("items[0].member", equalTo(creator.id())).body("items[0].projectRole", equalTo("MANAGER"));
        String item = as(creator).body(Map.of("project", "SEC", "title", "Hush-hush launch plan"))
                .post(base + "/work-items").then().statusCode(201).extract().path("key");

        // to anyone else it does not exist: the project, its items, lists and search
        as(outsider).get(base + "/projects/SEC").then().statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
        as(outsider).get(base + "/work-items/" + item).then().statusCode(404)
                .body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        as(outsider).body(Map.of("body", "let me in")).post(base + "/work-items/" + item + "/comments").then()
                .statusCode(404);
        as(outsider).get(base + "/projects").then().statusCode(200).body("items.key", not(hasItem("SEC")));
        as(outsider).get(base + "/work-items").then().statusCode(200).body("items.key", not(hasItem(item)));
        as(outsider).get(base + "/search?q=launch").then().statusCode(200).body("items.ref", not(hasItem(item)));
        // managing no project, the outsider is refused before the project is looked at; managing another, 404
        as(outsider).body(Map.of("member", outsider.id(), "projectRole", "MANAGER"))
                .post(base + "/projects/SEC/members").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        asAdmin().body(Map.of("key", "OTHER", "name", "Other")).post(base + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("member", outsider.id(), "projectRole", "MANAGER"))
                .post(base + "/projects/OTHER/members").then().statusCode(201);
        as(outsider).body(Map.of("member", outsider.id(), "projectRole", "MANAGER"))
                .post(base + "/projects/SEC/members").then().statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
        // the admin sees it
        asAdmin().get(base + "/projects/SEC").then().statusCode(200);
        asAdmin().get(base + "/work-items").then().statusCode(200).body("items.key", hasItem(item));

        // a team's members are members through it, as long as the team is in the project
        String team = asAdmin().body(Map.of("name", "Launch crew", "members", List.of(mate.id())))
                .post(base + "/teams").then().statusCode(201).extract().path("id");
        as(mate).get(base + "/projects/SEC").then().statusCode(404);
        var added = as(creator).body(Map.of("team", team, "projectRole", "CONTRIBUTOR"))
                .post(base + "/projects/SEC/members").then().statusCode(201).body("team", equalTo(team))
                .body("projectRole", equalTo("CONTRIBUTOR")).extract();
        String membership = added.path("id");
        as(mate).get(base + "/projects/SEC").then().statusCode(200);
        as(mate).get(base + "/work-items/" + item).then().statusCode(200);
        as(mate).get(base + "/search?q=launch").then().statusCode(200).body("items.ref", hasItem(item));

        // a CONTRIBUTOR does not manage the members; the same team twice is a conflict
        as(mate).body(Map.of("member", outsider.id(), "projectRole", "STAKEHOLDER"))
                .post(base + "/projects/SEC/members").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(creator).body(Map.of("team", team, "projectRole", "MANAGER")).post(base + "/projects/SEC/members")
                .then().statusCode(409).body("code", equalTo("PROJECT_MEMBER_EXISTS"));

        // the role changes with If-Match; a stale version is refused
        String members = base + "/projects/SEC/members/" + membership;
        as(creator).header("If-Match", "\"7\"").contentType("application/merge-patch+json")
                .body(Map.of("projectRole", "STAKEHOLDER")).patch(members).then().statusCode(412);
        as(creator).header("If-Match", added.header("ETag")).contentType("application/merge-patch+json")
                .body(Map.of("projectRole", "STAKEHOLDER")).patch(members).then().statusCode(200)
                .body("projectRole", equalTo("STAKEHOLDER")).body("version", equalTo(1));

        // removed, the team's members no longer see it
        as(creator).delete(members).then().statusCode(204);
        as(mate).get(base + "/projects/SEC").then().statusCode(404);

        // the events say who joined and left
        asAdmin().get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.type", hasItem("project.member_added"))
                .body("items.type", hasItem("project.member_updated"))
                .body("items.type", hasItem("project.member_removed"));
        // the outsider's feed has nothing of the project
        as(outsider).get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.data.projectKey", not(hasItem("SEC"))).body("items.data.key", not(hasItem("SEC")));
    }

    @Test
    void aManagerManagesTheProjectWithoutBeingAnAdminAndBadMembershipsAreRefused() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person viewer = person(ws, "VIEWER");
        asAdmin().body(Map.of("key", "OPEN", "name", "Open")).post(base + "/projects").then().statusCode(201);
        // a VIEWER lacks projects:write: not the project's manager, it may not change it
        as(viewer).contentType("application/merge-patch+json").body(Map.of("name", "Renamed"))
                .patch(base + "/projects/OPEN").then().statusCode(403);
        asAdmin().body(Map.of("member", viewer.id(), "projectRole", "MANAGER")).post(base + "/projects/OPEN/members")
                .then().statusCode(201);
        as(viewer).contentType("application/merge-patch+json").body(Map.of("name", "Renamed"))
                .patch(base + "/projects/OPEN").then().statusCode(200).body("name", equalTo("Renamed"));
        as(viewer).contentType("application/merge-patch+json").body(Map.of("visibility", "PRIVATE"))
                .patch(base + "/projects/OPEN").then().statusCode(200).body("visibility", equalTo("PRIVATE"));

        asAdmin().body(Map.of("projectRole", "MANAGER")).post(base + "/projects/OPEN/members").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().body(Map.of("member", viewer.id(), "team", UUID.randomUUID().toString(), "projectRole", "MANAGER"))
                .post(base + "/projects/OPEN/members").then().statusCode(400);
        asAdmin().body(Map.of("member", UUID.randomUUID().toString(), "projectRole", "MANAGER"))
                .post(base + "/projects/OPEN/members").then().statusCode(400);
        asAdmin().body(Map.of("member", viewer.id(), "projectRole", "OWNER")).post(base + "/projects/OPEN/members")
                .then().statusCode(400);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("visibility", "SECRET"))
                .patch(base + "/projects/OPEN").then().statusCode(400);
    }

    @Test
    void portfoliosGoalsTemplatesTimeAndWorkloadLeaveOutAProjectTheCallerCannotSee() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person outsider = person(ws, "MEMBER");
        asAdmin().body(Map.of("key", "OPEN", "name", "Open")).post(base + "/projects").then().statusCode(201);
        String hidden = asAdmin().body(Map.of("key", "SEC", "name", "Secret", "visibility", "PRIVATE"))
                .post(base + "/projects").then().statusCode(201).extract().path("id");
        String open = asAdmin().body(Map.of("project", "OPEN", "title", "Open work")).post(base + "/work-items")
                .then().statusCode(201).extract().path("key");
        String secret = asAdmin().body(Map.of("project", "SEC", "title", "Secret work")).post(base + "/work-items")
                .then().statusCode(201).extract().path("key");

        // a portfolio of both: the outsider sees the portfolio, its open project ranked first, totals over it alone
        String portfolio = asAdmin().body(Map.of("name", "Both", "currency", "EUR")).post(base + "/portfolios")
                .then().statusCode(201).extract().path("id");
        asAdmin().put(base + "/portfolios/" + portfolio + "/projects/SEC").then().statusCode(200);
        asAdmin().put(base + "/portfolios/" + portfolio + "/projects/OPEN").then().statusCode(200);
        asAdmin().get(base + "/portfolios/" + portfolio).then().body("projects.key", equalTo(List.of("SEC", "OPEN")));
        as(outsider).get(base + "/portfolios/" + portfolio).then().statusCode(200)
                .body("projects.key", equalTo(List.of("OPEN"))).body("projects.rank", equalTo(List.of(1)));
        as(outsider).get(base + "/portfolios").then().statusCode(200).body("items[0].projects.key",
                equalTo(List.of("OPEN")));
        as(outsider).get(base + "/portfolios/" + portfolio + "/rollup").then().statusCode(200)
                .body("projects.key", equalTo(List.of("OPEN"))).body("total.projects", equalTo(1));
        asAdmin().get(base + "/portfolios/" + portfolio + "/rollup").then().body("total.projects", equalTo(2));
        as(outsider).get(base + "/portfolios/" + portfolio + "/status-report").then().statusCode(200)
                .body(not(containsString(hidden)));

        // a goal linked to both shows the open one only
        String goal = asAdmin().body(Map.of("title", "Ship", "periodStart", "2027-01-01", "periodEnd", "2027-03-31"))
                .post(base + "/goals").then().statusCode(201).extract().path("id");
        asAdmin().put(base + "/goals/" + goal + "/projects/SEC").then().statusCode(200);
        asAdmin().put(base + "/goals/" + goal + "/projects/OPEN").then().statusCode(200);
        asAdmin().get(base + "/goals/" + goal).then().body("projects.key", equalTo(List.of("SEC", "OPEN")));
        as(outsider).get(base + "/goals/" + goal).then().statusCode(200).body("projects.key", equalTo(List.of("OPEN")));
        as(outsider).get(base + "/goals").then().statusCode(200).body("items[0].projects.key",
                equalTo(List.of("OPEN")));

        // a template saved from the private project is hidden like it
        String template = asAdmin().body(Map.of("fromProject", "SEC", "name", "Secret template"))
                .post(base + "/project-templates").then().statusCode(201).extract().path("id");
        as(outsider).get(base + "/project-templates/" + template).then().statusCode(404)
                .body("code", equalTo("PROJECT_TEMPLATE_NOT_FOUND"));
        as(outsider).get(base + "/project-templates?limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(template)));
        asAdmin().get(base + "/project-templates/" + template).then().statusCode(200);

        // time and workload: the private project's entries and allocations count for those who see it alone
        String ada = io.worklane.api.resource.ResourceFixtures.aFortyHourPersonWithRates(ws, "Ada");
        for (String project : List.of("OPEN", "SEC")) {
            asAdmin().body(Map.of("resource", ada, "project", project, "from", "2026-12-07", "to", "2026-12-13",
                    "minutesPerWeek", 600)).post(base + "/allocations").then().statusCode(201);
        }
        asAdmin().body(Map.of("resource", ada, "workItem", open, "date", "2026-12-08", "minutes", 30))
                .post(base + "/time-entries").then().statusCode(201);
        asAdmin().body(Map.of("resource", ada, "workItem", secret, "date", "2026-12-08", "minutes", 45))
                .post(base + "/time-entries").then().statusCode(201);
        as(outsider).queryParam("groupBy", "project").get(base + "/time-entries/totals").then().statusCode(200)
                .body("items.minutes", equalTo(List.of(30))).body(not(containsString(hidden)));
        asAdmin().queryParam("groupBy", "project").get(base + "/time-entries/totals").then()
                .body("items.minutes.sum()", equalTo(75));
        String week = base + "/workload?from=2026-12-07&to=2026-12-13&granularity=WEEK";
        as(outsider).get(week).then().statusCode(200).body("resources[0].periods[0].allocatedMinutes", equalTo(600))
                .body("resources[0].periods[0].loggedMinutes", equalTo(30));
        asAdmin().get(week).then().body("resources[0].periods[0].allocatedMinutes", equalTo(1200))
                .body("resources[0].periods[0].loggedMinutes", equalTo(75));
        as(outsider).get(base + "/workload?from=2026-12-07&to=2026-12-13&project=SEC").then().statusCode(200)
                .body("resources", equalTo(List.of()));

        // the change feed: the portfolio's and the goal's events without the hidden id, the template's left out
        String feed = as(outsider).get(base + "/events?limit=1000").then().statusCode(200)
                .body("items.type", hasItem("portfolio.updated")).body("items.type", hasItem("goal.updated"))
                .body("items.type", not(hasItem("project_template.created"))).extract().asString();
        org.assertj.core.api.Assertions.assertThat(feed).doesNotContain(hidden);
    }

    @Test
    void aManagerManagesItsProjectsBudgetRisksAndStatusReportsWithoutTheWorkspaceScopes() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        Person viewer = person(ws, "VIEWER");
        asAdmin().body(Map.of("key", "RUN", "name", "Run")).post(base + "/projects").then().statusCode(201);
        asAdmin().body(Map.of("key", "ELSE", "name", "Else")).post(base + "/projects").then().statusCode(201);
        Map<String, Object> risk = Map.of("title", "Vendor late", "probability", 2, "impact", 3);
        Map<String, Object> budget = Map.of("project", "RUN", "currency", "EUR", "lines", List.of(Map.of("category",
                "LABOUR", "planned", Map.of("amount", "100.00", "currency", "EUR"))));
        // a VIEWER managing nothing is refused, naming the scope it lacks
        as(viewer).body(risk).post(base + "/projects/RUN/risks").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(viewer).body(budget).post(base + "/budgets").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(viewer).post(base + "/projects/RUN/status-reports/draft").then().statusCode(403);

        asAdmin().body(Map.of("member", viewer.id(), "projectRole", "MANAGER")).post(base + "/projects/RUN/members")
                .then().statusCode(201);
        // its project's risks, status reports and budget it manages
        String riskId = as(viewer).body(risk).post(base + "/projects/RUN/risks").then().statusCode(201)
                .extract().path("id");
        as(viewer).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("title", "Vendor very late")).patch(base + "/projects/RUN/risks/" + riskId).then()
                .statusCode(200).body("title", equalTo("Vendor very late"));
        String report = as(viewer).post(base + "/projects/RUN/status-reports/draft").then().statusCode(201)
                .extract().path("id");
        as(viewer).header("If-Match", "\"0\"").post(base + "/projects/RUN/status-reports/" + report + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        String budgetId = as(viewer).body(budget).post(base + "/budgets").then().statusCode(201).extract().path("id");
        as(viewer).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("visibleToMembers", true)).patch(base + "/budgets/" + budgetId).then().statusCode(200);
        // not another project's
        as(viewer).body(risk).post(base + "/projects/ELSE/risks").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(viewer).body(Map.of("project", "ELSE", "currency", "EUR")).post(base + "/budgets").then().statusCode(403);
        as(viewer).post(base + "/projects/ELSE/status-reports/draft").then().statusCode(403);
        as(viewer).header("If-Match", "\"1\"").delete(base + "/budgets/" + budgetId).then().statusCode(204);
    }

    private record Person(String id, String token) {
    }

    private static Person person(String ws, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = asAdmin().body(Map.of("email", email, "role", role)).post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
        return new Person(id, Tokens.of(UUID.randomUUID().toString(), email, true));
    }

    private static RequestSpecification as(Person p) {
        return given().header("Authorization", "Bearer " + p.token()).contentType(ContentType.JSON);
    }
}
