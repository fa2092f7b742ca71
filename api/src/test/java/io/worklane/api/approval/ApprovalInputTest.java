package io.worklane.api.approval;

import static io.worklane.api.approval.Approvals.aWorkspaceWithAnItem;
import static io.worklane.api.approval.Approvals.approvalsOf;
import static io.worklane.api.approval.Approvals.requested;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A request for approval that names its deciders wrongly is a 400 naming the field at fault, and saves nothing. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApprovalInputTest {
    @Inject
    Pool pool;

    @Test
    void badRequestsAreRefusedFieldByFieldAndNothingIsSaved() {
        String ws = aWorkspaceWithAnItem();
        String ada = aMember(ws, "ada-" + UUID.randomUUID() + "@example.com");
        String stranger = aMember(aWorkspace(), "stranger@example.com");

        refused(ws, body("approvers", List.of(), "policy", "ANY"), "approvers", "REQUIRED");
        refused(ws, body("policy", "ANY"), "approvers", "REQUIRED");
        refused(ws, body("approvers", List.of(ada), "role", "ADMIN", "policy", "ANY"), "role", "NOT_ALLOWED");
        refused(ws, body("approvers", List.of(UUID.randomUUID().toString()), "policy", "ANY"), "approvers",
                "UNKNOWN_MEMBER");
        refused(ws, body("approvers", List.of(stranger), "policy", "ANY"), "approvers", "UNKNOWN_MEMBER");
        refused(ws, body("approvers", List.of(ada, ada), "policy", "ALL"), "approvers", "DUPLICATE");
        refused(ws, body("approvers", List.of("not-a-member-id"), "policy", "ANY"), "approvers[0]", "INVALID_VALUE");
        refused(ws, body("role", "ADMIN", "policy", "SOMETIMES"), "policy", "INVALID_VALUE");
        refused(ws, body("role", "ADMIN"), "policy", "REQUIRED");
        refused(ws, body("role", "ADMIN", "policy", "ALL"), "policy", "NOT_ALLOWED");
        refused(ws, body("role", "ADMIN", "policy", "ANY", "deadline", "tomorrow"), "deadline", "UNKNOWN_FIELD");

        asAdmin().get(approvalsOf(ws)).then().statusCode(200).body("items", empty());
        assertThat(approvalEventsOf(ws)).isZero();
    }

    @Test
    void theMessagesSpeakOfTheFieldsTheCallerSent() {
        String ws = aWorkspaceWithAnItem();
        JsonPath problem = requested(ws, body("policy", "ANY")).then().statusCode(400).extract().jsonPath();
        assertThat(problem.getString("detail")).startsWith("approvers: ").contains("or a role")
                .doesNotContain("approverRole", "approverIds");
    }

    @Test
    void anUnknownWorkItemIsNotFoundBeforeTheBodyIsJudged() {
        String ws = aWorkspaceWithAnItem();
        asAdmin().body(body("policy", "ANY")).post("/api/v1/workspaces/" + ws + "/work-items/APR-99/approvals").then()
                .statusCode(404).body("code", equalTo("WORK_ITEM_NOT_FOUND"));
    }

    private static void refused(String ws, Map<String, Object> body, String field, String code) {
        Response response = requested(ws, body);
        assertThat(response.statusCode()).as(body + " → " + response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.getList("errors.field")).as(response.asString()).contains(field);
        assertThat(problem.getList("errors.code")).as(response.asString()).contains(code);
    }

    private long approvalEventsOf(String ws) {
        return pool.preparedQuery("SELECT count(*) FROM events e JOIN workspaces w ON w.id = e.workspace_id"
                        + " WHERE w.slug = $1 AND e.type LIKE 'approval.%'").execute(Tuple.of(ws))
                .await().indefinitely()
                .iterator().next().getLong(0);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
