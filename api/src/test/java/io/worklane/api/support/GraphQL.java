package io.worklane.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** Test fixture: GraphQL operations over HTTP with any credential (an API key or an access token). */
public final class GraphQL {
    private GraphQL() {
    }

    public static JsonPath as(String credential, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        return given().header("Authorization", "Bearer " + credential).contentType(ContentType.JSON).body(body)
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** An operation that must succeed. */
    public static JsonPath ok(String credential, String query, Map<String, Object> variables) {
        JsonPath json = as(credential, query, variables);
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + json.prettify());
        }
        return json;
    }
}
