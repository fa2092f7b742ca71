package io.worklane.api.activity;

import static io.worklane.api.support.Api.asAdmin;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Test fixture: the REST calls of the activity tests, by what they mean. */
final class Activity {
    private Activity() {
    }

    static ValidatableResponse patch(RequestSpecification as, String ws, String item, String body) {
        return as.contentType("application/merge-patch+json").body(body)
                .patch("/api/v1/workspaces/" + ws + "/work-items/" + item).then().statusCode(200);
    }

    /** A transition of the item's workflow (the default allows every move). */
    static ValidatableResponse move(String ws, String item, String status) {
        return asAdmin().body(Map.of("to", status)).post("/api/v1/workspaces/" + ws + "/work-items/" + item
                + "/transitions").then().statusCode(200);
    }

    static ValidatableResponse anItemIn(String ws, String project, String status) {
        return asAdmin().body(Map.of("project", project, "title", "Item in " + status, "status", status))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
    }

    static ValidatableResponse historyOf(RequestSpecification as, String ws, String item) {
        return as.get("/api/v1/workspaces/" + ws + "/work-items/" + item + "/activity").then();
    }

    static ValidatableResponse durationsOf(String ws, String item) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + item + "/status-durations").then()
                .statusCode(200);
    }

    static ValidatableResponse cycleTimeOf(String ws, String project) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/projects/" + project + "/cycle-time").then()
                .statusCode(200);
    }
}
