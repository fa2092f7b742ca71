package io.worklane.api.graphql;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Test fixture: GraphQL operations over HTTP as the instance administrator. */
final class GraphQLClient {
    static final String ADMIN_KEY = "wl_test_instance_admin_key_0123456789abcdef";

    private GraphQLClient() {
    }

    static ValidatableResponse post(String query, Map<String, Object> variables) {
        return postAs(ADMIN_KEY, query, variables);
    }

    /** An operation as the holder of another API key. */
    static ValidatableResponse postAs(String key, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(body)
                .when().post("/graphql").then().statusCode(200);
    }

    /** Runs an operation that must succeed and returns its JSON. */
    static JsonPath ok(String query, Map<String, Object> variables) {
        JsonPath json = post(query, variables).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + json.prettify());
        }
        return json;
    }

    static JsonPath ok(String query) {
        return ok(query, Map.of());
    }

    /** Runs an operation that must fail and returns its JSON, errors included. */
    static JsonPath failing(String query, Map<String, Object> variables) {
        JsonPath json = post(query, variables).extract().jsonPath();
        if (json.get("errors") == null) {
            throw new AssertionError("expected GraphQL errors: " + json.prettify());
        }
        return json;
    }
}
