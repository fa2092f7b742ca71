package io.worklane.api.team;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams over REST: members added and removed with If-Match, the lead always a member, bad input refused. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TeamsRestTest {

    @Test
    void aTeamIsCreatedOnceAndItsMembersChangeWithIfMatch() {
        String ws = aWorkspace();
        String ada = aMember(ws, "ada@example.com");
        String alan = aMember(ws, "alan@example.com");
        String base = "/api/v1/workspaces/" + ws + "/teams";
        Map<String, Object> body = Map.of("name", " Platform ", "lead", ada, "members", List.of(alan));
        String id = asAdmin().header("Idempotency-Key", "t-1").body(body).post(base).then().statusCode(201)
                .header("Location", containsString("/teams/")).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Platform")).body("lead", equalTo(ada))
                .body("members.id", contains(ada, alan)).body("members[0].email", equalTo("ada@example.com"))
                .extract().path("id");
        asAdmin().header("Idempotency-Key", "t-1").body(body).post(base).then().statusCode(201).body("id", equalTo(id));
        String one = base + "/" + id;

        String grace = aMember(ws, "grace@example.com");
        asAdmin().header("If-Match", "\"0\"").put(one + "/members/" + grace).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("members.id", contains(ada, alan, grace));
        asAdmin().header("If-Match", "\"0\"").put(one + "/members/" + alan).then().statusCode(412);
        // adding one already in is idempotent: same version, no event
        asAdmin().header("If-Match", "\"1\"").put(one + "/members/" + alan).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        // removing the lead leaves the team without one
        asAdmin().header("If-Match", "\"1\"").delete(one + "/members/" + ada).then().statusCode(200)
                .body("lead", nullValue()).body("members.id", contains(alan, grace));
        asAdmin().delete(one + "/members/" + ada).then().statusCode(404).body("code", equalTo("TEAM_MEMBER_NOT_FOUND"));
        asAdmin().put(one + "/members/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("MEMBER_NOT_FOUND"));
        // a new lead joins the team
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body(Map.of("lead", ada, "description", "Shared services")).patch(one).then().statusCode(200)
                .body("lead", equalTo(ada)).body("members.id", contains(alan, grace, ada))
                .body("description", equalTo("Shared services"));

        asAdmin().get(base + "?member=" + grace).then().statusCode(200).body("items.id", contains(id));
        asAdmin().get(base + "?member=" + UUID.randomUUID()).then().statusCode(404);

        JsonPath feed = asAdmin().get("/api/v1/workspaces/" + ws + "/events?limit=100").then().statusCode(200)
                .extract().jsonPath();
        assertThat(feed.getList("items.findAll { it.type.startsWith('team.') }.type"))
                .containsExactly("team.created", "team.updated", "team.updated", "team.updated");
        assertThat(feed.getList("items.find { it.type == 'team.created' }.data.members")).containsExactly(ada, alan);
        asAdmin().get("/api/v1/workspaces/" + ws + "/audit-events?limit=100").then().statusCode(200)
                .body("items.findAll { it.action.startsWith('team.') }.action", contains("team.member_added",
                        "team.member_added", "team.member_added", "team.member_removed", "team.member_added"));

        asAdmin().header("If-Match", "\"2\"").delete(one).then().statusCode(412);
        asAdmin().header("If-Match", "\"3\"").delete(one).then().statusCode(204);
        asAdmin().get(one).then().statusCode(404).body("code", equalTo("TEAM_NOT_FOUND"));
    }

    @Test
    void unknownOrRepeatedMembersAreRefusedAndNothingIsWritten() {
        String ws = aWorkspace();
        String ada = aMember(ws, "ada@example.com");
        String base = "/api/v1/workspaces/" + ws + "/teams";
        String stranger = UUID.randomUUID().toString();
        asAdmin().body(Map.of("name", "Ghosts", "members", List.of(ada, stranger))).post(base).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("members"))
                .body("errors[0].code", equalTo("UNKNOWN_MEMBER"));
        asAdmin().body(Map.of("name", "Twice", "members", List.of(ada, ada))).post(base).then().statusCode(400)
                .body("errors[0].code", equalTo("DUPLICATE"));
        asAdmin().body(Map.of("name", "No lead", "lead", stranger)).post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("lead"));
        asAdmin().body(Map.of("name", " ")).post(base).then().statusCode(400).body("errors[0].field", equalTo("name"));
        asAdmin().get(base).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void anotherWorkspacesTeamOrMemberIsNotFound() {
        String mine = aWorkspace();
        String theirs = aWorkspace();
        String theirMember = aMember(theirs, "them@example.com");
        String theirTeam = asAdmin().body(Map.of("name", "Theirs", "members", List.of(theirMember)))
                .post("/api/v1/workspaces/" + theirs + "/teams").then().statusCode(201).extract().path("id");
        String myTeam = asAdmin().body(Map.of("name", "Mine")).post("/api/v1/workspaces/" + mine + "/teams").then()
                .statusCode(201).extract().path("id");

        asAdmin().get("/api/v1/workspaces/" + mine + "/teams/" + theirTeam).then().statusCode(404)
                .body("code", equalTo("TEAM_NOT_FOUND"));
        asAdmin().put("/api/v1/workspaces/" + mine + "/teams/" + myTeam + "/members/" + theirMember).then()
                .statusCode(404).body("code", equalTo("MEMBER_NOT_FOUND"));
        asAdmin().body(Map.of("name", "Mixed", "members", List.of(theirMember)))
                .post("/api/v1/workspaces/" + mine + "/teams").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_MEMBER"));
    }

    @Test
    void theWorkloadOfATeamShowsOnlyItsMembersResources() {
        String ws = aWorkspace();
        String ada = aMember(ws, "ada@example.com");
        String alan = aMember(ws, "alan@example.com");
        String base = "/api/v1/workspaces/" + ws;
        asAdmin().body(Map.of("kind", "PERSON", "name", "Ada", "member", ada)).post(base + "/resources").then()
                .statusCode(201);
        asAdmin().body(Map.of("kind", "PERSON", "name", "Alan", "member", alan)).post(base + "/resources").then()
                .statusCode(201);
        asAdmin().body(Map.of("kind", "ROOM", "name", "Room 1")).post(base + "/resources").then().statusCode(201);
        String team = asAdmin().body(Map.of("name", "Ada's", "members", List.of(ada))).post(base + "/teams").then()
                .statusCode(201).extract().path("id");
        String range = "/workload?from=2027-01-04&to=2027-01-10";

        asAdmin().get(base + range).then().statusCode(200).body("resources", org.hamcrest.Matchers.hasSize(3));
        asAdmin().get(base + range + "&team=" + team).then().statusCode(200).body("resources.resource.name",
                contains("Ada"));
        asAdmin().get(base + range + "&team=" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("TEAM_NOT_FOUND"));
        String query = "query($ws: String!, $team: ID) { workspace(idOrSlug: $ws) { workload(from: \"2027-01-04\","
                + " to: \"2027-01-10\", team: $team) { resources { resource { name } } } } }";
        asAdmin().body(Map.of("query", query, "variables", Map.of("ws", ws, "team", team))).post("/graphql").then()
                .statusCode(200)
                .body("data.workspace.workload.resources.resource.name", contains("Ada"));
    }

    @Test
    void aTeamIsResponsibleForItemsWhichKeepItFromBeingDeleted() {
        String ws = aWorkspace();
        String other = aWorkspace();
        io.worklane.api.support.Api.aProject(ws, "TM");
        String base = "/api/v1/workspaces/" + ws;
        String team = asAdmin().body(Map.of("name", "Support")).post(base + "/teams").then().statusCode(201)
                .extract().path("id");
        String theirs = asAdmin().body(Map.of("name", "Theirs")).post("/api/v1/workspaces/" + other + "/teams").then()
                .statusCode(201).extract().path("id");
        String key = asAdmin().body(Map.of("project", "TM", "title", "Triage", "team", team))
                .post(base + "/work-items").then().statusCode(201).body("teamId", equalTo(team)).extract().path("key");
        io.worklane.api.support.Api.aWorkItem(ws, "TM", "Nobody's");
        asAdmin().body(Map.of("project", "TM", "title", "Elsewhere", "team", theirs)).post(base + "/work-items").then()
                .statusCode(400).body("errors[0].field", equalTo("team")).body("errors[0].code", equalTo("UNKNOWN_TEAM"));

        asAdmin().queryParam("filter", "team = \"" + team + "\"").get(base + "/work-items").then().statusCode(200)
                .body("items.key", contains(key));
        asAdmin().delete(base + "/teams/" + team).then().statusCode(409).body("code", equalTo("TEAM_IN_USE"))
                .body("detail", containsString(key));
        asAdmin().contentType("application/merge-patch+json").body("{\"team\": null}")
                .patch(base + "/work-items/" + key).then().statusCode(200).body("teamId", nullValue());
        asAdmin().delete(base + "/teams/" + team).then().statusCode(204);
        JsonPath feed = asAdmin().get(base + "/events?limit=100").then().statusCode(200).extract().jsonPath();
        assertThat(feed.getString("items.find { it.type == 'work_item.created' }.data.teamId")).isEqualTo(team);
        assertThat(feed.getString("items.find { it.type == 'work_item.updated' }.previous.teamId")).isEqualTo(team);
    }
}
