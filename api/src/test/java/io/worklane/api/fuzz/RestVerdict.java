package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.api.support.contract.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What a REST answer must be: never a 5xx; a refusal is {@code application/problem+json} with a stable
 * code, its own status and a valid URI reference as {@code instance}; a success conforms to the
 * contract's schema for that status; and the case's own expectation (e.g. 404 for a malformed UUID).
 */
final class RestVerdict {
    private RestVerdict() {
    }

    static List<String> of(FuzzCase c, Operation operation, HttpResponse<String> response, ResponseSchemas schemas) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        if (status >= 500) {
            problems.add("a server error for bad input");
        } else if (status >= 200 && status < 300) {
            if (!c.successAllowed()) {
                problems.add("accepted what must be refused");
            }
            if (!response.body().isEmpty() && !operation.method().equals("HEAD")) {
                problems.addAll(schemas.violations(operation, status, mediaType, response.body()).stream()
                        .map(v -> "body does not conform to the contract: " + v).toList());
            }
        } else if (status >= 400) {
            problems.addAll(problem(status, mediaType, response.body(), operation));
            if (!c.statuses().isEmpty() && !c.statuses().contains(status)) {
                problems.add("status " + status + " where the contract says " + c.statuses());
            }
        } else {
            problems.add("status " + status + " is neither a success nor a refusal");
        }
        return problems;
    }

    private static List<String> problem(int status, String mediaType, String body, Operation operation) {
        List<String> problems = new ArrayList<>();
        if (operation.method().equals("HEAD")) {
            return problems;
        }
        if (!mediaType.equals("application/problem+json")) {
            problems.add("a refusal in '" + mediaType + "', not application/problem+json");
            return problems;
        }
        JsonNode problem;
        try {
            problem = RawJson.MAPPER.readTree(body);
        } catch (IOException e) {
            problems.add("a problem document that is not JSON");
            return problems;
        }
        if (!problem.path("code").asText("").matches("[A-Z][A-Z_]+")) {
            problems.add("no stable code in the problem document");
        }
        if (problem.path("status").asInt() != status) {
            problems.add("the problem's status " + problem.path("status") + " is not the response's");
        }
        try {
            new URI(problem.path("instance").asText());
        } catch (URISyntaxException e) {
            problems.add("instance is not a valid URI reference: " + e.getMessage());
        }
        String text = body.toLowerCase();
        if (text.contains("exception") || text.contains("\tat ") || text.contains("stack")) {
            problems.add("the problem document tells of the server's internals");
        }
        return problems;
    }
}
