package io.worklane.api.approval;

import static io.worklane.api.approval.Approvals.aPersonSignedInAs;
import static io.worklane.api.approval.Approvals.approve;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.approval.Approvals.Person;
import io.worklane.api.support.Api;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No N+1 through approvals: their work item, approvers and deciders cost one statement per level, not per row. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApprovalStatementCountTest {
    private static final String NESTED = "query($ws: String!) { workspace(idOrSlug: $ws) {"
            + " workItems(first: 50) { edges { node { key approvals { status role workItem { key }"
            + " approvers { email } decisions { verdict comment member { email } } } } } } } }";

    @Test
    void aNestedQueryCostsTheSameStatementsWhateverTheNumberOfApprovals() {
        String small = aWorkspaceWithApprovedItems(2);
        String large = aWorkspaceWithApprovedItems(8);

        long smallCount = statementsOf(small, 2);
        long largeCount = statementsOf(large, 8);

        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(smallCount).as("one statement per level, not per row, counted for this request alone").isEqualTo(5);
    }

    private long statementsOf(String ws, int items) {
        ApprovalsGraphQLTest.ok(Api.ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) { id } }",
                Map.of("ws", ws)); // key and workspace in memory
        JsonPath result = ApprovalsGraphQLTest.ok(Api.ADMIN_KEY, NESTED, Map.of("ws", ws));
        long used = result.getLong("extensions.cost.statements");
        List<String> statuses = result.getList("data.workspace.workItems.edges.node.approvals.status.flatten()");
        assertThat(statuses).hasSize(2 * items).containsOnly("APPROVED", "PENDING");
        assertThat(result.getList("data.workspace.workItems.edges.node.approvals.decisions.member.email.flatten()"))
                .hasSize(items);
        return used;
    }

    /** Items each with an approval by two named members that one of them approved, and one awaiting a role. */
    private static String aWorkspaceWithApprovedItems(int items) {
        String ws = aWorkspace();
        aProject(ws, "NQ");
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "MEMBER");
        for (int i = 0; i < items; i++) {
            String key = aWorkItem(ws, "NQ", "Item " + i).extract().path("key");
            String url = "/api/v1/workspaces/" + ws + "/work-items/" + key + "/approvals";
            String id = asAdmin().body(Map.of("approvers", List.of(ada.memberId(), bob.memberId()), "policy", "ANY"))
                    .post(url).then().statusCode(201).extract().path("id");
            approve(ada.request(), ws, id).then().statusCode(200);
            asAdmin().body(Map.of("role", "ADMIN", "policy", "ANY")).post(url).then().statusCode(201);
        }
        return ws;
    }
}
