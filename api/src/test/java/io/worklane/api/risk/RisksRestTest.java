package io.worklane.api.risk;

import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's risk register: exposure computed, edited with If-Match, closed, counted in the matrix, with history. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RisksRestTest {

    static String risks(String ws, String project) {
        return "/api/v1/workspaces/" + ws + "/projects/" + project + "/risks";
    }

    @Test
    void a_risk_has_its_exposure_computed_and_changes_with_its_version() {
        String ws = aWorkspace();
        aProject(ws, "RK");
        String owner = aMember(ws, "owner@risk.example");
        aWorkItem(ws, "RK", "Find a second supplier");
        JsonPath created = asAdmin().body(Map.of("title", "Supplier goes bankrupt", "probability", 2, "impact", 5,
                        "owner", owner, "response", "TRANSFER", "proximityDate", "2027-03-01",
                        "mitigationItems", List.of("RK-1")))
                .post(risks(ws, "RK")).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .header("Location", notNullValue()).body("exposure", equalTo(10)).body("status", equalTo("IDENTIFIED"))
                .body("owner", equalTo(owner)).body("mitigationItems.key", contains("RK-1"))
                .extract().jsonPath();
        String risk = risks(ws, "RK") + "/" + created.getString("id");

        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("probability", 4, "status", "MITIGATING")).patch(risk).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("exposure", equalTo(20)).body("status", equalTo("MITIGATING"));
        asAdmin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("impact", 1)).patch(risk).then().statusCode(412);
        asAdmin().contentType("application/merge-patch+json").body(Collections.singletonMap("response", null))
                .patch(risk).then().statusCode(200).body("response", nullValue());
        asAdmin().contentType("application/merge-patch+json").body(Map.of("status", "CLOSED")).patch(risk).then()
                .statusCode(200).body("closedAt", notNullValue());
        asAdmin().get(risk).then().statusCode(200).header("ETag", equalTo("\"3\""));

        asAdmin().get(risk + "/history").then().statusCode(200)
                .body("items.change", contains("created", "updated", "updated", "closed"))
                .body("items[1].fields.probability.before", equalTo(2))
                .body("items[1].fields.probability.after", equalTo(4))
                .body("items[1].fields.exposure.after", equalTo(20))
                .body("items[3].fields.status.after", equalTo("CLOSED"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItems("risk.created", "risk.updated", "risk.closed"));
        asAdmin().get(risks(ws, "RK") + "?status=CLOSED").then().body("items.id", contains(created.getString("id")));
        asAdmin().get(risks(ws, "RK") + "?status=IDENTIFIED").then().body("items", org.hamcrest.Matchers.empty());
        asAdmin().delete(risk).then().statusCode(204);
        asAdmin().get(risk).then().statusCode(404).body("code", equalTo("RISK_NOT_FOUND"));
    }

    @Test
    void the_matrix_counts_open_risks_by_probability_and_impact() {
        String ws = aWorkspace();
        aProject(ws, "MX");
        aRisk(ws, "MX", 5, 5);
        aRisk(ws, "MX", 5, 5);
        aRisk(ws, "MX", 1, 3);
        String closed = aRisk(ws, "MX", 2, 2);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("status", "OCCURRED"))
                .patch(risks(ws, "MX") + "/" + closed).then().statusCode(200);
        JsonPath matrix = asAdmin().get(risks(ws, "MX") + "/matrix").then().statusCode(200).extract().jsonPath();
        assertThat(matrix.getInt("total")).isEqualTo(3);
        assertThat(matrix.getInt("counts[4][4]")).isEqualTo(2);
        assertThat(matrix.getInt("counts[0][2]")).isEqualTo(1);
        assertThat(matrix.getInt("counts[1][1]")).isZero();
        assertThat(matrix.getList("cells")).hasSize(25);
        assertThat(matrix.getInt("cells.find { it.probability == 5 && it.impact == 5 }.exposure")).isEqualTo(25);
    }

    @Test
    void bad_input_is_refused_and_writes_nothing() {
        String ws = aWorkspace();
        aProject(ws, "BAD");
        asAdmin().body(Map.of("title", "Zero", "probability", 0, "impact", 3)).post(risks(ws, "BAD")).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("probability"));
        asAdmin().body(Map.of("title", "Six", "probability", 3, "impact", 6)).post(risks(ws, "BAD")).then()
                .statusCode(400).body("errors.field", hasItem("impact"));
        asAdmin().body(Map.of("title", "Nobody", "probability", 3, "impact", 3, "owner",
                        "0193a0c4-9f00-7000-8000-000000000001")).post(risks(ws, "BAD")).then().statusCode(400);
        asAdmin().body(Map.of("title", "Ghost", "probability", 3, "impact", 3, "mitigationItems", List.of("BAD-99")))
                .post(risks(ws, "BAD")).then().statusCode(400).body("errors.field", hasItem("mitigationItems[0]"));
        asAdmin().get(risks(ws, "BAD")).then().body("items", org.hamcrest.Matchers.empty());
        String id = aRisk(ws, "BAD", 3, 3);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("probability", 6))
                .patch(risks(ws, "BAD") + "/" + id).then().statusCode(400);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("severity", 6))
                .patch(risks(ws, "BAD") + "/" + id).then().statusCode(400).body("errors.field", hasItem("severity"));
        asAdmin().get(risks(ws, "BAD") + "/" + id + "/history").then().body("items", org.hamcrest.Matchers.hasSize(1));
        aProject(ws, "OTHER");
        asAdmin().get(risks(ws, "OTHER") + "/" + id).then().statusCode(404).body("code", equalTo("RISK_NOT_FOUND"));
        asAdmin().get(risks(aWorkspace(), "BAD") + "/" + id).then().statusCode(404);
    }

    @Test
    void a_rule_fires_when_a_risks_exposure_reaches_its_threshold() {
        String ws = aWorkspace();
        aProject(ws, "AU");
        asAdmin().body(Map.of("name", "Escalate", "project", "AU",
                        "trigger", Map.of("type", "RISK_EXPOSURE_REACHED", "threshold", 15),
                        "actions", List.of(Map.of("type", "CREATE_WORK_ITEM", "title", "Escalate a risk"))))
                .post("/api/v1/workspaces/" + ws + "/automation-rules").then().statusCode(201);
        asAdmin().body(Map.of("name", "Wrong", "trigger", Map.of("type", "RISK_EXPOSURE_REACHED", "threshold", 26),
                        "actions", List.of(Map.of("type", "CREATE_WORK_ITEM", "title", "x"))))
                .post("/api/v1/workspaces/" + ws + "/automation-rules").then().statusCode(400)
                .body("errors.field", hasItem("trigger.threshold"));
        asAdmin().body(Map.of("name", "On no item", "project", "AU", "condition", "priority = HIGH",
                        "trigger", Map.of("type", "RISK_EXPOSURE_REACHED", "threshold", 10),
                        "actions", List.of(Map.of("type", "ADD_COMMENT", "text", "x"))))
                .post("/api/v1/workspaces/" + ws + "/automation-rules").then().statusCode(400)
                .body("errors.field", hasItems("condition", "actions[0].type"));
        String id = aRisk(ws, "AU", 2, 5);
        String items = "/api/v1/workspaces/" + ws + "/work-items?project=AU";
        asAdmin().get(items).then().body("items", org.hamcrest.Matchers.empty());
        asAdmin().contentType("application/merge-patch+json").body(Map.of("probability", 3))
                .patch(risks(ws, "AU") + "/" + id).then().statusCode(200).body("exposure", equalTo(15));
        asAdmin().get(items).then().body("items.title", contains("Escalate a risk"));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("probability", 4))
                .patch(risks(ws, "AU") + "/" + id).then().statusCode(200);
        asAdmin().get(items).then().body("items", org.hamcrest.Matchers.hasSize(1));
        aRisk(ws, "AU", 5, 5);
        asAdmin().get(items).then().body("items", org.hamcrest.Matchers.hasSize(2));
    }

    static String aRisk(String ws, String project, int probability, int impact) {
        return asAdmin().body(Map.of("title", "Risk " + probability + "x" + impact, "probability", probability,
                "impact", impact)).post(risks(ws, project)).then().statusCode(201).extract().path("id");
    }
}
