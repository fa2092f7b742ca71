package io.worklane.api.planning;

import static io.worklane.api.support.Api.asAdmin;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test fixture: planning calls as the instance administrator, named for what they build. */
final class Planning {
    private Planning() {
    }

    static String items(String ws) {
        return "/api/v1/workspaces/" + ws + "/work-items";
    }

    static String dependencies(String ws, String item) {
        return items(ws) + "/" + item + "/dependencies";
    }

    static String links(String ws, String item) {
        return items(ws) + "/" + item + "/links";
    }

    static String project(String ws, String key) {
        return "/api/v1/workspaces/" + ws + "/projects/" + key;
    }

    /** {@code successor} waits for {@code predecessor} as {@code type} says, {@code lag} working days later. */
    static ValidatableResponse depends(String ws, String successor, String predecessor, String type, int lag) {
        return asAdmin().body(Map.of("predecessor", predecessor, "type", type, "lagDays", lag))
                .post(dependencies(ws, successor)).then();
    }

    static String finishToStart(String ws, String successor, String predecessor) {
        return depends(ws, successor, predecessor, "FS", 0).statusCode(201).extract().path("id");
    }

    /** An item with dates (either may be null) in a project; returns its key. */
    static String anItem(String ws, String project, String title, String start, String due) {
        Map<String, Object> body = new HashMap<>(Map.of("project", project, "title", title));
        if (start != null) {
            body.put("startDate", start);
        }
        if (due != null) {
            body.put("dueDate", due);
        }
        return asAdmin().body(body).post(items(ws)).then().statusCode(201).extract().path("key");
    }

    /**
     * A workflow whose moves into "doing" and "done" are guarded by PREDECESSORS_DONE, chosen by the
     * project: todo → doing → done, and todo → cancelled.
     */
    static void guardedByPredecessors(String ws, String project) {
        List<Map<String, Object>> guard = List.of(Map.of("type", "PREDECESSORS_DONE"));
        Map<String, Object> workflow = Map.of("name", "Guarded " + project, "initialState", "todo",
                "states", List.of(Map.of("key", "todo", "name", "To do", "category", "TODO"),
                        Map.of("key", "doing", "name", "Doing", "category", "IN_PROGRESS"),
                        Map.of("key", "done", "name", "Done", "category", "DONE"),
                        Map.of("key", "cancelled", "name", "Cancelled", "category", "CANCELLED")),
                "transitions", List.of(Map.of("from", "todo", "to", "doing", "name", "Start", "guards", guard),
                        Map.of("from", "doing", "to", "done", "name", "Finish", "guards", guard),
                        Map.of("from", "todo", "to", "cancelled", "name", "Drop")));
        String id = asAdmin().body(workflow).post("/api/v1/workspaces/" + ws + "/workflows").then().statusCode(201)
                .extract().path("id");
        asAdmin().body(Map.of("workflow", id)).patch(project(ws, project)).then().statusCode(200);
    }

    static ValidatableResponse move(String ws, String item, String to) {
        return asAdmin().body(Map.of("to", to)).post(items(ws) + "/" + item + "/transitions").then();
    }
}
