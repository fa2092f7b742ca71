package io.worklane.api.approval;

import static io.worklane.api.approval.Approvals.aPersonSignedInAs;
import static io.worklane.api.approval.Approvals.aWorkspaceWithAnItem;
import static io.worklane.api.approval.Approvals.approval;
import static io.worklane.api.approval.Approvals.approve;
import static io.worklane.api.approval.Approvals.requested;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.approval.Approvals.Person;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A team as approver (ADR 0070): any member of the team at the time of deciding decides; ANY only. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TeamApprovalsTest {

    @Test
    void anyMemberOfTheTeamDecidesAndNoOneElse() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "MEMBER");
        String teams = "/api/v1/workspaces/" + ws + "/teams";
        String team = asAdmin().body(Map.of("name", "Finance", "members", List.of(ada.memberId()))).post(teams).then()
                .statusCode(201).extract().path("id");

        requested(ws, Map.of("team", team, "policy", "ALL")).then().statusCode(400)
                .body("errors[0].field", equalTo("policy"));
        requested(ws, Map.of("team", team, "role", "ADMIN", "policy", "ANY")).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("team"));
        requested(ws, Map.of("team", UUID.randomUUID().toString(), "policy", "ANY")).then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_TEAM"));
        String id = requested(ws, Map.of("team", team, "policy", "ANY")).then().statusCode(201)
                .body("team", equalTo(team)).body("approvers", hasSize(0)).extract().path("id");

        approve(bob.request(), ws, id).then().statusCode(403).body("code", equalTo("NOT_AN_APPROVER"))
                .body("detail", containsString(team));
        asAdmin().delete(teams + "/" + team).then().statusCode(409).body("code", equalTo("TEAM_IN_USE"))
                .body("detail", containsString("pending approval"));
        // membership counts when deciding: Bob joins, and may decide
        asAdmin().put(teams + "/" + team + "/members/" + bob.memberId()).then().statusCode(200);
        approve(bob.request(), ws, id).then().statusCode(200).body("status", equalTo("APPROVED"));

        // a decided approval keeps the id of the team that decided it
        asAdmin().delete(teams + "/" + team).then().statusCode(204);
        asAdmin().get(approval(ws, id)).then().statusCode(200).body("team", equalTo(team));
    }
}
