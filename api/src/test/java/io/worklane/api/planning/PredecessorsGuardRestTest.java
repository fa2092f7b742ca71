package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.depends;
import static io.worklane.api.planning.Planning.guardedByPredecessors;
import static io.worklane.api.planning.Planning.items;
import static io.worklane.api.planning.Planning.move;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** PREDECESSORS_DONE is live: each dependency type holds the move it governs, naming the blocking items. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PredecessorsGuardRestTest {

    @Test
    void finish_to_start_blocks_the_start_until_the_predecessor_is_done_and_blocked_says_so() {
        String ws = aWorkspace();
        aProject(ws, "GD");
        guardedByPredecessors(ws, "GD");
        aWorkItem(ws, "GD", "Spec");
        aWorkItem(ws, "GD", "Build");
        depends(ws, "GD-2", "GD-1", "FS", 0).statusCode(201);
        asAdmin().get(items(ws) + "/GD-2").then().body("blocked", equalTo(true));
        move(ws, "GD-2", "doing").statusCode(409).body("code", equalTo("GUARD_FAILED"))
                .body("guards[0].type", equalTo("PREDECESSORS_DONE"))
                .body("guards[0].reason", equalTo("Waiting for GD-1 to finish (FS)."));
        move(ws, "GD-1", "doing").statusCode(200);
        move(ws, "GD-1", "done").statusCode(200);
        asAdmin().get(items(ws) + "/GD-2").then().body("blocked", equalTo(false));
        move(ws, "GD-2", "doing").statusCode(200).body("guards[0].passed", equalTo(true))
                .body("guards[0].reason", equalTo("The predecessor GD-1 allows it."));
    }

    @Test
    void a_cancelled_predecessor_no_longer_blocks() {
        String ws = aWorkspace();
        aProject(ws, "CX");
        guardedByPredecessors(ws, "CX");
        aWorkItem(ws, "CX", "Dropped");
        aWorkItem(ws, "CX", "Next");
        depends(ws, "CX-2", "CX-1", "FS", 0).statusCode(201);
        move(ws, "CX-1", "cancelled").statusCode(200);
        asAdmin().get(items(ws) + "/CX-2").then().body("blocked", equalTo(false));
        move(ws, "CX-2", "doing").statusCode(200);
    }

    @Test
    void start_to_start_needs_a_start_and_finish_to_finish_holds_back_only_the_finish() {
        String ws = aWorkspace();
        aProject(ws, "SS");
        guardedByPredecessors(ws, "SS");
        aWorkItem(ws, "SS", "Lead");
        aWorkItem(ws, "SS", "Follows its start");
        aWorkItem(ws, "SS", "Follows its finish");
        depends(ws, "SS-2", "SS-1", "SS", 0).statusCode(201);
        depends(ws, "SS-3", "SS-1", "FF", 0).statusCode(201);
        asAdmin().get(items(ws) + "/SS-2").then().body("blocked", equalTo(false));
        move(ws, "SS-2", "doing").statusCode(409).body("guards[0].reason", equalTo("Waiting for SS-1 to start (SS)."));
        move(ws, "SS-3", "doing").statusCode(200);
        move(ws, "SS-1", "doing").statusCode(200);
        move(ws, "SS-2", "doing").statusCode(200);
        move(ws, "SS-3", "done").statusCode(409).body("guards[0].reason", equalTo("Waiting for SS-1 to finish (FF)."));
        move(ws, "SS-1", "done").statusCode(200);
        move(ws, "SS-3", "done").statusCode(200);
    }
}
