package io.worklane.api.limits;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Without WORKLANE_CORS_ORIGINS no origin may call the API from a browser. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class CorsOffByDefaultTest {
    @Test
    void everyPreflightIsRefused() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/workspaces").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN")).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void responsesCarryNoCorsHeaders() {
        asAdmin().header("Origin", "http://localhost:5173").get("/api/v1/workspaces").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue()).header("Vary", nullValue());
    }
}
