package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What a GraphQL answer must be: never a 5xx; JSON; every error with {@code extensions.code}, never
 * INTERNAL_ERROR for bad input; a request that must be refused has errors; a 4xx has errors.
 */
final class GraphQLVerdict {
    private GraphQLVerdict() {
    }

    /** The answer's problems; {@code refused} receives whether the operation was refused. */
    static List<String> of(GraphQLMutations.Request request, HttpResponse<String> response, boolean[] refused) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        if (status >= 500) {
            problems.add("a server error for bad input");
        }
        JsonNode answer;
        try {
            answer = RawJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            problems.add("the answer is not JSON");
            refused[0] = status >= 400;
            return problems;
        }
        JsonNode errors = answer == null ? null : answer.get("errors");
        boolean hasErrors = errors != null && errors.isArray() && !errors.isEmpty();
        refused[0] = hasErrors || status >= 400;
        if (answer == null || !answer.isObject()) {
            problems.add("the answer is not a JSON object");
            return problems;
        }
        if (status >= 400 && !hasErrors) {
            problems.add("HTTP " + status + " without errors[]");
        }
        if (request.mustFail() && !hasErrors) {
            problems.add("accepted what must be refused");
        }
        if (hasErrors) {
            for (JsonNode error : errors) {
                String code = error.path("extensions").path("code").asText(null);
                if (code == null) {
                    problems.add("an error without extensions.code: " + HttpCase.abbreviated(error.toString()));
                } else if (code.equals("INTERNAL_ERROR")) {
                    problems.add("INTERNAL_ERROR for bad input: " + HttpCase.abbreviated(error.path("message").asText()));
                }
            }
        }
        return problems;
    }
}
