package io.worklane.api.approval;

import static io.restassured.RestAssured.given;
import static io.worklane.api.approval.Approvals.ITEM;
import static io.worklane.api.approval.Approvals.aPersonSignedInAs;
import static io.worklane.api.approval.Approvals.aWorkspaceWithAnItem;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.worklane.api.approval.Approvals.Person;
import io.worklane.api.support.PostgresResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same approvals through GraphQL: requested with one input, decided by people, listed on their work item. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApprovalsGraphQLTest {
    static final String REQUEST = "mutation($in: RequestApprovalInput!) { requestApproval(input: $in) {"
            + " approval { id status policy role version approvers { id } workItem { key } requestedBy { kind } } } }";
    static final String APPROVE = "mutation($in: DecideApprovalInput!) { approveApproval(input: $in) {"
            + " approval { id status version decisions { verdict comment at member { id email } } } } }";
    static final String REJECT = "mutation($in: DecideApprovalInput!) { rejectApproval(input: $in) {"
            + " approval { status decisions { verdict } } } }";
    private static final String ON_THE_ITEM = "query($ws: String!, $key: String!) { workspace(idOrSlug: $ws) {"
            + " workItem(key: $key) { approvals { id status decisions { verdict member { id } } } } } }";

    @Test
    void anApprovalIsRequestedDecidedAndSeenOnItsWorkItem() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "MEMBER");
        Map<String, Object> in = Map.of("workspace", ws, "workItem", ITEM, "approvers",
                List.of(ada.memberId(), bob.memberId()), "policy", "ALL", "idempotencyKey", "ask-once");
        JsonPath requested = ok(ADMIN_KEY, REQUEST, Map.of("in", in)).setRootPath("data.requestApproval.approval");
        String id = requested.getString("id");
        assertThat(requested.getString("status")).isEqualTo("PENDING");
        assertThat(requested.getList("approvers.id")).containsExactly(ada.memberId(), bob.memberId());
        assertThat(requested.getString("workItem.key")).isEqualTo(ITEM);
        assertThat(requested.getString("requestedBy.kind")).isEqualTo("API_KEY");
        assertThat(requested.getString("role")).isNull();
        assertThat(ok(ADMIN_KEY, REQUEST, Map.of("in", in)).getString("data.requestApproval.approval.id"))
                .as("replayed for the same idempotencyKey").isEqualTo(id);

        JsonPath approved = ok(ada.token(), APPROVE, Map.of("in", Map.of("workspace", ws, "id", id, "comment", "Yes")))
                .setRootPath("data.approveApproval.approval");
        assertThat(approved.getString("status")).isEqualTo("PENDING");
        assertThat(approved.getString("decisions[0].member.email")).startsWith("member-");
        assertThat(approved.getString("decisions[0].comment")).isEqualTo("Yes");
        ok(bob.token(), APPROVE, Map.of("in", Map.of("workspace", ws, "id", id, "expectedVersion", 1)));

        JsonPath onTheItem = ok(ADMIN_KEY, ON_THE_ITEM, Map.of("ws", ws, "key", ITEM))
                .setRootPath("data.workspace.workItem.approvals");
        assertThat(onTheItem.getList("id")).containsExactly(id);
        assertThat(onTheItem.getList("status")).containsExactly("APPROVED");
        assertThat(onTheItem.getList("decisions[0].verdict")).containsExactly("APPROVE", "APPROVE");
        assertThat(onTheItem.getList("decisions[0].member.id")).containsExactly(ada.memberId(), bob.memberId());

        JsonPath node = ok(ADMIN_KEY, "query($id: ID!) { node(id: $id) { id ... on Approval { status policy } } }",
                Map.of("id", id)).setRootPath("data.node");
        assertThat(node.getString("status")).isEqualTo("APPROVED");
        assertThat(node.getString("policy")).isEqualTo("ALL");
    }

    @Test
    void refusalsCarryTheirCodes() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        String id = ok(ADMIN_KEY, REQUEST, Map.of("in", Map.of("workspace", ws, "workItem", ITEM, "role", "MEMBER",
                "policy", "ANY"))).getString("data.requestApproval.approval.id");

        assertThat(codes(ADMIN_KEY, REJECT, Map.of("in", Map.of("workspace", ws, "id", id))))
                .containsExactly("NOT_AN_APPROVER");
        assertThat(codes(ada.token(), REJECT, Map.of("in", Map.of("workspace", ws, "id", id, "expectedVersion", 7))))
                .containsExactly("CONFLICT");
        ok(ada.token(), REJECT, Map.of("in", Map.of("workspace", ws, "id", id)));
        assertThat(codes(ada.token(), APPROVE, Map.of("in", Map.of("workspace", ws, "id", id))))
                .containsExactly("APPROVAL_ALREADY_DECIDED");

        JsonPath invalid = post(ADMIN_KEY, REQUEST, Map.of("in", Map.of("workspace", ws, "workItem", ITEM, "role",
                "ADMIN", "approvers", List.of(ada.memberId()), "policy", "ANY")));
        assertThat(invalid.getList("errors.extensions.code")).containsExactly("VALIDATION_FAILED");
        assertThat(invalid.prettify()).contains("\"role\"").doesNotContain("approverRole");
        JsonPath unknown = post(ADMIN_KEY, REQUEST, Map.of("in", Map.of("workspace", ws, "workItem", ITEM,
                "approvers", List.of("not-an-id"), "policy", "ANY")));
        assertThat(unknown.getList("errors.extensions.code")).containsExactly("VALIDATION_FAILED");
    }

    static JsonPath post(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath ok(String token, String query, Map<String, Object> variables) {
        JsonPath json = post(token, query, variables);
        assertThat(json.getList("errors")).as(json.prettify()).isNull();
        return json;
    }

    private static List<String> codes(String token, String query, Map<String, Object> variables) {
        return post(token, query, variables).getList("errors.extensions.code", String.class);
    }
}
