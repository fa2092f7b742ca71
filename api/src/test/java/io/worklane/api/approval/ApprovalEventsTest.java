package io.worklane.api.approval;

import static io.worklane.api.approval.Approvals.aPersonSignedInAs;
import static io.worklane.api.approval.Approvals.aWorkspaceWithAnItem;
import static io.worklane.api.approval.Approvals.anApproval;
import static io.worklane.api.approval.Approvals.approve;
import static io.worklane.api.approval.Approvals.reject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.approval.Approvals.Person;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requesting and deciding write their events in the same transaction; a refused decision writes none. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApprovalEventsTest {
    @Inject
    Pool pool;

    @Test
    void aRequestAndEachDecisionAreEventsWithTheApprovalAsItStands() {
        String ws = aWorkspaceWithAnItem();
        Person ada = aPersonSignedInAs(ws, "MEMBER");
        Person bob = aPersonSignedInAs(ws, "MEMBER");
        String id = anApproval(ws, Map.of("approvers", List.of(ada.memberId(), bob.memberId()), "policy", "ALL"))
                .getString("id");
        approve(ada.request(), ws, id).then().statusCode(200);
        approve(aPersonSignedInAs(ws, "MEMBER").request(), ws, id).then().statusCode(403);
        reject(bob.request(), ws, id, "Too expensive").then().statusCode(200);

        List<Row> events = approvalEventsOf(ws);
        assertThat(events).extracting(r -> r.getString("type"))
                .containsExactly("approval.requested", "approval.decided", "approval.decided");
        assertThat(events).extracting(r -> r.getString("subject_id")).containsOnly(id);

        JsonPath requested = JsonPath.from(events.get(0).getString("data"));
        assertThat(requested.getString("status")).isEqualTo("PENDING");
        assertThat(requested.getList("approvers")).containsExactly(ada.memberId(), bob.memberId());

        JsonPath approved = JsonPath.from(events.get(1).getString("data"));
        assertThat(approved.getString("status")).isEqualTo("PENDING");
        assertThat(approved.getString("decision.verdict")).isEqualTo("APPROVE");
        assertThat(events.get(1).getString("actor_kind")).isEqualTo("MEMBER");
        assertThat(events.get(1).getString("actor_id")).isEqualTo(ada.memberId());

        JsonPath rejected = JsonPath.from(events.get(2).getString("data"));
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("decision.memberId")).isEqualTo(bob.memberId());
        assertThat(rejected.getString("decision.comment")).isEqualTo("Too expensive");
        assertThat(rejected.getList("decisions")).hasSize(2);
        assertThat(JsonPath.from(events.get(2).getString("previous")).getString("status")).isEqualTo("PENDING");
    }

    private List<Row> approvalEventsOf(String ws) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT e.type, e.subject_id::text AS subject_id, e.actor_kind, e.actor_id,"
                        + " e.data::text AS data, e.previous::text AS previous FROM events e"
                        + " JOIN workspaces w ON w.id = e.workspace_id WHERE w.slug = $1 AND e.type LIKE 'approval.%'"
                        + " ORDER BY e.seq").execute(Tuple.of(ws)).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
