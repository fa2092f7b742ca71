package io.worklane.api.approval;

import static io.worklane.api.approval.Approvals.aPersonSignedInAs;
import static io.worklane.api.approval.Approvals.aWorkspaceWithAnItem;
import static io.worklane.api.approval.Approvals.anApproval;
import static io.worklane.api.approval.Approvals.approval;
import static io.worklane.api.approval.Approvals.approvalsOf;
import static io.worklane.api.approval.Approvals.approve;
import static io.worklane.api.approval.Approvals.reject;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.approval.Approvals.Person;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Approvals over REST: requested by anyone who may change work items, decided only by the people named
 * (or holding the role), settled by the policy: ANY on the first approval, ALL on the last, any rejection.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApprovalsRestTest {

    @Test
    void withPolicyAnyTheFirstApprovalApproves() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "MEMBER");
        var created = Approvals.requested(ws, Map.of("approvers", List.of(ada.memberId(), bob.memberId()),
                "policy", "ANY")).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("PENDING")).body("approvers", contains(ada.memberId(), bob.memberId()))
                .body("role", nullValue()).body("decisions", hasSize(0)).body("requestedBy.kind", equalTo("API_KEY"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/approvals/" + id);

        ada.request().body(Map.of("comment", "Budget confirmed.")).post(approval(ws, id) + "/approve").then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("APPROVED"))
                .body("decisions[0].memberId", equalTo(ada.memberId())).body("decisions[0].verdict", equalTo("APPROVE"))
                .body("decisions[0].comment", equalTo("Budget confirmed.")).body("version", equalTo(1));
        asAdmin().get(approval(ws, id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("APPROVED"));
        approve(bob.request(), ws, id).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("APPROVAL_ALREADY_DECIDED"));
    }

    @Test
    void withPolicyAllEveryNamedApproverMustApprove() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "ADMIN");
        String id = anApproval(ws, Map.of("approvers", List.of(ada.memberId(), bob.memberId()), "policy", "ALL"))
                .getString("id");

        approve(ada.request(), ws, id).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("decisions", hasSize(1));
        approve(ada.request(), ws, id).then().statusCode(409).body("code", equalTo("APPROVAL_ALREADY_DECIDED"))
                .body("detail", containsString("already decided"));
        approve(bob.request(), ws, id).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("decisions.verdict", contains("APPROVE", "APPROVE"));
    }

    @Test
    void oneRejectionRejects() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "MEMBER");
        String id = anApproval(ws, Map.of("approvers", List.of(ada.memberId(), bob.memberId()), "policy", "ALL"))
                .getString("id");

        reject(bob.request(), ws, id, "Not this quarter.").then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisions[0].verdict", equalTo("REJECT"))
                .body("decisions[0].comment", equalTo("Not this quarter."));
        approve(ada.request(), ws, id).then().statusCode(409).body("code", equalTo("APPROVAL_ALREADY_DECIDED"));
    }

    @Test
    void aRoleApprovalIsDecidedByWhoeverHoldsTheRole() {
        String ws = aWorkspaceWithAnItem();
        Person member = aPersonSignedInAs(ws, "MEMBER");
        Person admin = aPersonSignedInAs(ws, "ADMIN");
        String id = anApproval(ws, Map.of("role", "ADMIN", "policy", "ANY")).getString("id");
        asAdmin().get(approval(ws, id)).then().body("role", equalTo("ADMIN")).body("approvers", hasSize(0));

        approve(member.request(), ws, id).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("NOT_AN_APPROVER")).body("detail", containsString("ADMIN"));
        approve(admin.request(), ws, id).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("decisions[0].memberId", equalTo(admin.memberId()));
    }

    @Test
    void someoneNotNamedMayNotDecideAndNothingChanges() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person eve = aPersonSignedInAs(ws, "MEMBER");
        String id = anApproval(ws, Map.of("approvers", List.of(ada.memberId()), "policy", "ANY")).getString("id");

        reject(eve.request(), ws, id, "I object").then().statusCode(403).body("code", equalTo("NOT_AN_APPROVER"))
                .body("detail", containsString("named as approvers"));
        asAdmin().get(approval(ws, id)).then().header("ETag", "\"0\"").body("status", equalTo("PENDING"))
                .body("decisions", hasSize(0));
    }

    @Test
    void anApiKeyCannotDecideWhateverItsScopes() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        String id = anApproval(ws, Map.of("approvers", List.of(ada.memberId()), "policy", "ANY")).getString("id");

        approve(asAdmin(), ws, id).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("NOT_AN_APPROVER")).body("detail", containsString("signed in"));
        asAdmin().get(approval(ws, id)).then().body("status", equalTo("PENDING"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndAnIdempotencyKeyReplaysTheDecision() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "MEMBER");
        String id = anApproval(ws, Map.of("approvers", List.of(ada.memberId(), bob.memberId()), "policy", "ALL"))
                .getString("id");

        String first = ada.request().header("If-Match", "\"0\"").header("Idempotency-Key", "ada-approves")
                .post(approval(ws, id) + "/approve").then().statusCode(200).extract().asString();
        ada.request().header("If-Match", "\"0\"").header("Idempotency-Key", "ada-approves")
                .post(approval(ws, id) + "/approve").then().statusCode(200).header("ETag", "\"1\"")
                .body(equalTo(first));
        bob.request().header("If-Match", "\"0\"").post(approval(ws, id) + "/approve").then().statusCode(412)
                .body("code", equalTo("CONFLICT"));
        asAdmin().get(approval(ws, id)).then().body("decisions", hasSize(1)).body("status", equalTo("PENDING"));
    }

    @Test
    void anItemsApprovalsAreListedOldestFirstPageByPage() {
        String ws = aWorkspaceWithAnItem();
        String first = anApproval(ws, Map.of("role", "ADMIN", "policy", "ANY")).getString("id");
        String second = anApproval(ws, Map.of("role", "OWNER", "policy", "ANY")).getString("id");
        String third = anApproval(ws, Map.of("role", "MEMBER", "policy", "ANY")).getString("id");

        String cursor = asAdmin().get(approvalsOf(ws) + "?limit=2").then().statusCode(200)
                .body("items.id", contains(first, second)).extract().path("nextCursor");
        asAdmin().queryParam("limit", 2).queryParam("cursor", cursor).get(approvalsOf(ws)).then().statusCode(200)
                .body("items.id", contains(third)).body("nextCursor", nullValue());
        asAdmin().get("/api/v1/workspaces/" + ws + "/approvals/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("APPROVAL_NOT_FOUND"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/approvals/not-an-id").then().statusCode(404)
                .body("code", equalTo("APPROVAL_NOT_FOUND")).body("instance", endsWith("/approvals/not-an-id"));
    }
}
