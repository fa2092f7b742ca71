package io.worklane.api.automation;

import static io.worklane.api.automation.Rules.aRule;
import static io.worklane.api.automation.Rules.created;
import static io.worklane.api.automation.Rules.json;
import static io.worklane.api.automation.Rules.move;
import static io.worklane.api.automation.Rules.rules;
import static io.worklane.api.automation.Rules.runs;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Rules that trigger each other stop at the bound, the run is logged, and the request still succeeds. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RuleLoopTest {

    @Test
    void a_rule_loop_is_stopped_at_the_bound() {
        String ws = aWorkspace();
        aProject(ws, "LP"); // the default workflow: every move allowed
        String a = created(ws, aRule("A: started, so back to do", json("type", "TRANSITIONED", "to", "in_progress"),
                json("type", "TRANSITION", "to", "todo")));
        String b = created(ws, aRule("B: back to do, so start", json("type", "TRANSITIONED", "to", "todo"),
                json("type", "TRANSITION", "to", "in_progress")));
        aWorkItem(ws, "LP", "Ping-pong");

        // depth 1 A, 2 B, 3 A, 4 B, 5 A: B would be the 6th rule in the chain, so it is stopped
        move(ws, "LP-1", "in_progress");

        JsonPath ofA = runs(ws, a);
        JsonPath ofB = runs(ws, b);
        assertThat(ofA.getList("items.status", String.class)).containsExactly("SUCCEEDED", "SUCCEEDED", "SUCCEEDED");
        assertThat(ofA.getList("items.depth", Integer.class)).containsExactly(5, 3, 1);
        assertThat(ofB.getList("items.status", String.class)).containsExactly("STOPPED_AT_DEPTH", "SUCCEEDED",
                "SUCCEEDED");
        assertThat(ofB.getList("items.depth", Integer.class)).containsExactly(6, 4, 2);
        assertThat(ofB.getString("items[0].message")).contains("at most 5");
        // the log pages newest first, by cursor
        JsonPath first = asAdmin().get(rules(ws) + "/" + b + "/runs?limit=2").then()
                .statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.depth", Integer.class)).containsExactly(6, 4);
        JsonPath rest = asAdmin().queryParam("cursor", first.getString("nextCursor"))
                .get(rules(ws) + "/" + b + "/runs?limit=2").then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items.depth", Integer.class)).containsExactly(2);
        assertThat(rest.getString("nextCursor")).isNull();
        Rules.item(ws, "LP-1").body("status", equalTo("todo")).body("version", equalTo(6));
    }
}
