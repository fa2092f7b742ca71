package io.worklane.api.permissions;

import io.worklane.api.support.contract.RestRequest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;

/**
 * What the server answered to a case: REST its status and problem code, GraphQL the codes of its errors
 * and whether the field's result is empty. {@code exchange} is request and response, for messages.
 */
record Outcome(boolean rest, int status, List<String> codes, boolean resultEmpty, String exchange) {

    static Outcome ofRest(RestRequest request, Response response) {
        String code = response.contentType().startsWith("application/problem+json")
                ? response.jsonPath().getString("code") : null;
        return new Outcome(true, response.statusCode(), code == null ? List.of() : List.of(code), true,
                exchange(request.toString(), response));
    }

    static Outcome ofGraphQL(String request, Response response, List<String> resultPath) {
        JsonPath json = response.jsonPath();
        List<String> codes = json.getList("errors.extensions.code", String.class);
        boolean empty = json.get("data." + String.join(".", resultPath)) == null;
        return new Outcome(false, response.statusCode(), codes == null ? List.of() : codes, empty,
                exchange(request, response));
    }

    /** 403 with this code (REST); this error code and no result (GraphQL). */
    boolean refusedWith(String code) {
        return rest ? status == 403 && codes.contains(code) : status == 200 && codes.contains(code) && resultEmpty;
    }

    /**
     * Anything but a refusal for the caller's rights: a 2xx, a 404 for a deleted object, a 400, a 409…
     * NOT_AN_APPROVER (403) counts as passing: it is a rule of the one object (who is named on this
     * approval), checked after the scope, like a 409 for an approval already decided.
     */
    boolean notRefused() {
        return rest ? status != 403 || codes.contains("NOT_AN_APPROVER")
                : !codes.contains("INSUFFICIENT_SCOPE") && !codes.contains("FORBIDDEN");
    }

    private static String exchange(String request, Response response) {
        return "request:  " + request + "\nresponse: " + response.statusCode() + " " + response.asString();
    }
}
