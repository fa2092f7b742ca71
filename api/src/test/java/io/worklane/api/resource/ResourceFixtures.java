package io.worklane.api.resource;

import static io.worklane.api.support.Api.asAdmin;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resources, allocations and time with intent-revealing names, over REST as the administrator. */
public final class ResourceFixtures {
    /** Monday 7 December 2026. */
    static final String MONDAY = "2026-12-07";
    static final String SUNDAY = "2026-12-13";

    private ResourceFixtures() {
    }

    static String path(String ws, String rest) {
        return "/api/v1/workspaces/" + ws + "/" + rest;
    }

    static Map<String, Object> aPersonBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PERSON");
        body.put("name", name);
        return body;
    }

    /** 40 h a week (the default capacity); 80.00 EUR/h from 2026-01-01, 90.00 from Wednesday 9 December. */
    public static String aFortyHourPersonWithRates(String ws, String name) {
        Map<String, Object> body = aPersonBody(name);
        body.put("costRates", List.of(
                Map.of("from", "2026-01-01", "rate", Map.of("amount", "80.00", "currency", "EUR"), "unit", "HOUR"),
                Map.of("from", "2026-12-09", "rate", Map.of("amount", "90.00", "currency", "EUR"), "unit", "HOUR")));
        return asAdmin().body(body).post(path(ws, "resources")).then().statusCode(201).extract().path("id");
    }

    static String anAllocation(String ws, String resource, String project, int hoursPerWeek) {
        return asAdmin().body(Map.of("resource", resource, "project", project, "from", MONDAY, "to", SUNDAY,
                "minutesPerWeek", hoursPerWeek * 60)).post(path(ws, "allocations")).then().statusCode(201)
                .extract().path("id");
    }

    /** A key of the workspace holding only these scopes. */
    static RequestSpecification asKeyWith(String ws, List<String> scopes) {
        String secret = asAdmin().body(Map.of("name", "scoped " + scopes, "scopes", scopes))
                .post(path(ws, "api-keys")).then().statusCode(201).extract().path("secret");
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }
}
