package io.worklane.api.approval;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.workflow.ApprovalState;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.Approvals;
import io.worklane.persistence.shared.StatementCounter;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The port workflow transitions use: an item's latest approval, one item or many in one statement. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LatestApprovalTest {
    @Inject
    Approvals approvals;

    @Test
    void theLatestApprovalIsTheLastRequestedPerItemAndOfTheRightWorkspaceOnly() {
        String ws = aWorkspace();
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        aProject(ws, "LT");
        UUID twice = item(ws, "Asked twice");
        UUID once = item(ws, "Asked once");
        UUID never = item(ws, "Never asked");
        request(ws, twice, "OWNER");
        String latestOfTwice = request(ws, twice, "ADMIN");
        String onlyOfOnce = request(ws, once, "MEMBER");

        assertThat(approvals.latestFor(wsId, twice).await().indefinitely()).get()
                .extracting(a -> a.id().toString()).isEqualTo(latestOfTwice);
        assertThat(approvals.latestFor(wsId, never).await().indefinitely()).isEmpty();
        assertThat(ApprovalState.of(approvals.latestFor(wsId, once).await().indefinitely().orElse(null)))
                .isEqualTo(ApprovalState.PENDING);
        assertThat(approvals.latestFor(UUID.randomUUID(), twice).await().indefinitely()).as("another workspace")
                .isEmpty();

        StatementCounter.Counted<Map<UUID, Approval>> counted = StatementCounter.counting(() ->
                approvals.latestFor(wsId, List.of(twice, once, never)).await().indefinitely());
        Map<UUID, Approval> latest = counted.result();
        assertThat(counted.statements()).as("one statement for all items").isEqualTo(1);
        assertThat(latest).containsOnlyKeys(twice, once);
        assertThat(latest.get(twice).id().toString()).isEqualTo(latestOfTwice);
        assertThat(latest.get(once).id().toString()).isEqualTo(onlyOfOnce);
        assertThat(approvals.latestFor(wsId, List.of()).await().indefinitely()).isEmpty();
    }

    private static UUID item(String ws, String title) {
        return UUID.fromString(aWorkItem(ws, "LT", title).extract().path("id"));
    }

    private static String request(String ws, UUID item, String role) {
        return asAdmin().body(Map.of("role", role, "policy", "ANY"))
                .post("/api/v1/workspaces/" + ws + "/work-items/" + item + "/approvals").then().statusCode(201)
                .extract().path("id");
    }
}
