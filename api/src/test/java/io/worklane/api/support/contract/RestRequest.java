package io.worklane.api.support.contract;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** One HTTP request of the matrix: what it sends is what the response may echo without revealing anything. */
public record RestRequest(String method, String uri, Map<String, Object> headers, String mediaType, String body) {

    public Response sendWith(String key) {
        RequestSpecification request = given().header("Authorization", "Bearer " + key).headers(headers);
        if (body != null && mediaType.startsWith("multipart/")) {
            // every property of the minimal body as a part with a file name: the required ones are the files
            multipartParts(body).forEach((name, value) -> request.multiPart(name, name + ".txt",
                    value.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain"));
        } else if (body != null) {
            request.contentType(mediaType).body(body);
        }
        return request.request(method, uri);
    }

    private static Map<String, String> multipartParts(String json) {
        try {
            Map<String, Object> fields = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() { });
            Map<String, String> parts = new java.util.LinkedHashMap<>();
            fields.forEach((name, value) -> parts.put(name, String.valueOf(value)));
            return parts;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return method + " " + uri + (headers.isEmpty() ? "" : " " + headers) + (body == null ? "" : " " + body);
    }
}
