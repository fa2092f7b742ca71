package io.worklane.api.support.contract;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** One HTTP request of the matrix: what it sends is what the response may echo without revealing anything. */
public record RestRequest(String method, String uri, Map<String, Object> headers, String mediaType, String body) {

    public Response sendWith(String key) {
        RequestSpecification request = given().header("Authorization", "Bearer " + key).headers(headers);
        if (body != null) {
            request.contentType(mediaType).body(body);
        }
        return request.request(method, uri);
    }

    @Override
    public String toString() {
        return method + " " + uri + (headers.isEmpty() ? "" : " " + headers) + (body == null ? "" : " " + body);
    }
}
