package io.worklane.api.automation;

import static io.worklane.api.support.Api.asAdmin;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixture: automation rules and what they leave behind, through REST as the instance administrator. */
final class Rules {
    private Rules() {
    }

    static String rules(String ws) {
        return "/api/v1/workspaces/" + ws + "/automation-rules";
    }

    static Map<String, Object> json(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Map<String, Object> aRule(String name, Map<String, Object> trigger, Map<String, Object> action) {
        return json("name", name, "trigger", trigger, "actions", List.of(action));
    }

    /** Creates the rule; returns its id. */
    static String created(String ws, Map<String, Object> rule) {
        return asAdmin().body(rule).post(rules(ws)).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    static ValidatableResponse refused(String ws, Map<String, Object> rule) {
        return asAdmin().body(rule).post(rules(ws)).then().statusCode(400).body("code",
                org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"));
    }

    static JsonPath runs(String ws, String ruleId) {
        return asAdmin().get(rules(ws) + "/" + ruleId + "/runs").then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse move(String ws, String item, String to) {
        return asAdmin().body(Map.of("to", to)).post("/api/v1/workspaces/" + ws + "/work-items/" + item + "/transitions")
                .then().statusCode(200);
    }

    static List<String> comments(String ws, String item) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + item + "/comments").then().statusCode(200)
                .extract().jsonPath().getList("items.body", String.class);
    }

    static ValidatableResponse item(String ws, String item) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/work-items/" + item).then().statusCode(200);
    }
}
