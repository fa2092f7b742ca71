package io.worklane.api.team;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * Automation's ASSIGN to a team: round robin in join order (concurrent items get different members), least
 * loaded by assigned minutes, a team without members failing the run with the reason, unknown teams refused when
 * the rule is saved, and a team a rule names not deleted.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TeamAssignTest {

    @Test
    void round_robin_takes_the_members_in_join_order_and_starts_again() {
        String ws = aWorkspace();
        aProject(ws, "RR");
        List<String> members = members(ws, 3);
        String team = TeamGuardTest.team(ws, "Support", members.toArray(String[]::new));
        rule(ws, "Route to support", team, "ROUND_ROBIN");

        List<String> assigned = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String key = item(ws, "RR", Map.of()).getString("key");
            JsonPath item = read(ws, key);
            assertThat(item.getString("teamId")).isEqualTo(team);
            assigned.add(item.getList("assigneeIds", String.class).get(0));
        }
        assertThat(assigned).containsExactly(members.get(0), members.get(1), members.get(2), members.get(0));
    }

    @Test
    void two_items_created_at_once_get_different_members() throws Exception {
        String ws = aWorkspace();
        // two projects, so that the items' numbering does not serialize the creations: the team's lock must
        aProject(ws, "CA");
        aProject(ws, "CB");
        String team = TeamGuardTest.team(ws, "Support", members(ws, 3).toArray(String[]::new));
        rule(ws, "Route to support", team, "ROUND_ROBIN");

        for (int round = 0; round < 3; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> createdAfter(start, ws, "CA"));
            CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> createdAfter(start, ws, "CB"));
            String first = assignee(ws, a.get());
            String second = assignee(ws, b.get());
            assertThat(first).as("round %d", round).isNotEqualTo(second);
        }
    }

    @Test
    void least_loaded_picks_the_member_with_the_fewest_assigned_minutes() {
        String ws = aWorkspace();
        aProject(ws, "LL");
        List<String> m = members(ws, 3);
        item(ws, "LL", Map.of("assigneeIds", List.of(m.get(0)), "estimateMinutes", 600));
        item(ws, "LL", Map.of("assigneeIds", List.of(m.get(1), m.get(2)), "estimateMinutes", 120));
        item(ws, "LL", Map.of("assigneeIds", List.of(m.get(2)), "estimateMinutes", 60));
        // loads now: 600, 60, 120 minutes
        String team = TeamGuardTest.team(ws, "Support", m.toArray(String[]::new));
        rule(ws, "Balance support", team, "LEAST_LOADED");

        assertThat(assignee(ws, item(ws, "LL", Map.of("estimateMinutes", 1000)).getString("key"))).isEqualTo(m.get(1));
        // 600, 1060, 120
        assertThat(assignee(ws, item(ws, "LL", Map.of("estimateMinutes", 480)).getString("key"))).isEqualTo(m.get(2));
        // 600, 1060, 600: a tie goes to the earlier joiner
        assertThat(assignee(ws, item(ws, "LL", Map.of()).getString("key"))).isEqualTo(m.get(0));
    }

    @Test
    void a_team_without_members_fails_the_run_with_the_reason_and_the_item_is_still_created() {
        String ws = aWorkspace();
        aProject(ws, "EM");
        String team = TeamGuardTest.team(ws, "Nobody yet");
        String rule = rule(ws, "Route", team, "ROUND_ROBIN");

        String key = item(ws, "EM", Map.of()).getString("key");
        assertThat(read(ws, key).getList("assigneeIds")).isEmpty();
        asAdmin().get("/api/v1/workspaces/" + ws + "/automation-rules/" + rule + "/runs").then().statusCode(200)
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].message",
                        containsString("Team Nobody yet has no members, so there is no one to assign"));
    }

    @Test
    void unknown_teams_are_refused_when_the_rule_is_saved_and_a_team_a_rule_names_is_not_deleted() {
        String ws = aWorkspace();
        String other = aWorkspace();
        String theirs = TeamGuardTest.team(other, "Theirs");
        for (String team : List.of(theirs, UUID.randomUUID().toString())) {
            asAdmin().body(ruleBody("Route", team, "ROUND_ROBIN")).post(rules(ws)).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("actions[0].team"))
                    .body("errors.code", contains("UNKNOWN_TEAM"));
        }
        String team = TeamGuardTest.team(ws, "Support", aMember(ws, "ada@example.com"));
        rule(ws, "Route to support", team, "LEAST_LOADED");
        asAdmin().delete("/api/v1/workspaces/" + ws + "/teams/" + team).then().statusCode(409)
                .body("code", equalTo("TEAM_IN_USE"))
                .body("detail", containsString("automation rule(s) 'Route to support' assign to it"));
    }

    @Test
    void a_team_that_a_saved_templates_rule_assigns_to_is_not_deleted_until_the_template_goes() {
        String ws = aWorkspace();
        String base = "/api/v1/workspaces/" + ws;
        aProject(ws, "SRC");
        String team = TeamGuardTest.team(ws, "Support", aMember(ws, "ada@example.com"));
        Map<String, Object> body = new HashMap<>(ruleBody("Route in SRC", team, "ROUND_ROBIN"));
        body.put("project", "SRC");
        String rule = asAdmin().body(body).post(rules(ws)).then().statusCode(201).extract().path("id");
        String template = asAdmin().body(Map.of("fromProject", "SRC", "name", "Support desk"))
                .post(base + "/project-templates").then().statusCode(201).extract().path("id");
        // the rule itself goes; the template still holds it and would bring it into every project made from it
        asAdmin().delete(rules(ws) + "/" + rule).then().statusCode(204);
        asAdmin().delete(base + "/teams/" + team).then().statusCode(409).body("code", equalTo("TEAM_IN_USE"))
                .body("detail", containsString("project template(s) 'Support desk' assign to it"))
                .body("detail", org.hamcrest.Matchers.not(containsString("automation rule(s)")));
        asAdmin().delete(base + "/project-templates/" + template).then().statusCode(204);
        asAdmin().delete(base + "/teams/" + team).then().statusCode(204);
    }

    private static List<String> members(String ws, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(aMember(ws, "m" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"));
        }
        return ids;
    }

    private static String rules(String ws) {
        return "/api/v1/workspaces/" + ws + "/automation-rules";
    }

    private static Map<String, Object> ruleBody(String name, String team, String strategy) {
        return Map.of("name", name, "trigger", Map.of("type", "ITEM_CREATED"),
                "actions", List.of(Map.of("type", "ASSIGN", "team", team, "strategy", strategy)));
    }

    private static String rule(String ws, String name, String team, String strategy) {
        return asAdmin().body(ruleBody(name, team, strategy)).post(rules(ws)).then().statusCode(201)
                .body("actions[0].team", equalTo(team)).extract().path("id");
    }

    private static JsonPath item(String ws, String project, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("project", project);
        body.put("title", "Ticket");
        return asAdmin().body(body).post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201)
                .extract().jsonPath();
    }

    private static String createdAfter(CyclicBarrier start, String ws, String project) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return item(ws, project, Map.of()).getString("key");
    }

    private static JsonPath read(String ws, String key) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + key).then().statusCode(200).extract()
                .jsonPath();
    }

    private static String assignee(String ws, String key) {
        List<String> ids = read(ws, key).getList("assigneeIds", String.class);
        assertThat(ids).as("assignees of %s", key).hasSize(1);
        return ids.get(0);
    }
}
