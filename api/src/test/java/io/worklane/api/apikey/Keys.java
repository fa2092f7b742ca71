package io.worklane.api.apikey;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Test fixture: API keys made through the REST API, and requests made with them. */
final class Keys {
    private Keys() {
    }

    /** A key issued to a partner app: its id and its secret (shown once). */
    record Issued(String id, String secret) {
    }

    /** A key of the workspace with these scopes, created by the instance administrator. */
    static Issued aKeyWith(String ws, String... scopes) {
        return aKeyCreatedBy(asAdmin(), ws, scopes);
    }

    static Issued aKeyCreatedBy(RequestSpecification creator, String ws, String... scopes) {
        JsonPath created = creator.body(Map.of("name", "Partner app", "scopes", List.of(scopes)))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().jsonPath();
        return new Issued(created.getString("id"), created.getString("secret"));
    }

    static RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }

    static RequestSpecification as(Issued key) {
        return as(key.secret());
    }

    static String keysOf(String ws) {
        return "/api/v1/workspaces/" + ws + "/api-keys";
    }
}
