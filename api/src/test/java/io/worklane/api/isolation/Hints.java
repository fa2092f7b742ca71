package io.worklane.api.isolation;

import io.worklane.api.support.contract.RestRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;

/**
 * The assertions of the matrix: B's object does not exist for A. A 404 (GraphQL: a code ending in
 * NOT_FOUND), and nothing in the response that A did not send itself: no id, slug, key, name, title
 * or text of B's. Echoing what the request named (the path in {@code instance}) reveals nothing.
 */
final class Hints {
    private Hints() {
    }

    static void assertRestNotFoundWithoutAHint(RestCase c, Response response, TheirWorkspace theirs) {
        RestRequest request = c.request();
        String exchange = c.name() + "\n" + exchange(request, response);
        assertThat(response.statusCode()).as("status of\n%s", exchange).isEqualTo(404);
        assertThat(response.contentType()).as("media type of\n%s", exchange).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("code")).as("problem code of\n%s", exchange).endsWith("NOT_FOUND");
        assertThat(response.header("ETag")).as("ETag (a version is a hint) of\n%s", exchange).isNull();
        assertRevealsNothing(request.toString(), response.headers() + "\n" + response.asString(), theirs, exchange);
    }

    /** Fails when the response holds an identifier or text of B's that the request did not contain. */
    static void assertRevealsNothing(String request, String response, TheirWorkspace theirs, String exchange) {
        List<String> revealed = theirs.secrets().stream().filter(s -> !request.contains(s) && response.contains(s)).toList();
        assertThat(revealed).as("what of workspace B the response reveals although the request did not name it:\n%s",
                exchange).isEmpty();
    }

    static void assertGraphQLNotFoundWithoutAHint(GraphQLCase c, String request, Response response,
                                                  TheirWorkspace theirs) {
        String exchange = c.name() + "\nrequest:  " + request + "\nresponse: " + response.statusCode() + " "
                + response.asString();
        assertThat(response.statusCode()).as("status of\n%s", exchange).isEqualTo(200);
        JsonPath json = response.jsonPath();
        List<String> codes = json.getList("errors.extensions.code", String.class);
        assertThat(codes).as("error codes (each must end in NOT_FOUND) of\n%s", exchange).isNotEmpty()
                .allMatch(code -> code != null && code.endsWith("NOT_FOUND"));
        Object result = json.get("data." + String.join(".", c.resultPath()));
        assertThat(result).as("data.%s of\n%s", String.join(".", c.resultPath()), exchange).isNull();
        assertRevealsNothing(request, response.asString(), theirs, exchange);
    }

    private static String exchange(RestRequest request, Response response) {
        return "request:  " + request + "\nresponse: " + response.statusCode() + " " + response.contentType() + "\n"
                + response.asString();
    }
}
