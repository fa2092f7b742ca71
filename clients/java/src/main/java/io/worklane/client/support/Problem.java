package io.worklane.client.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.client.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * An error answer read as the problem document it is (RFC 9457 + Worklane's {@code code}): program against
 * {@link #code()} and {@link #status()}; show {@link #detail()} and the field {@link #errors()} to people.
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record FieldError(String field, String code, String message) {
    }

    public static Problem of(ApiException e) {
        try {
            JsonNode body = JSON.readTree(e.getResponseBody() == null ? "{}" : e.getResponseBody());
            List<FieldError> errors = new ArrayList<>();
            body.path("errors").forEach(err -> errors.add(new FieldError(err.path("field").asText(null),
                    err.path("code").asText(null), err.path("message").asText(null))));
            return new Problem(e.getCode(), body.path("code").asText(null), body.path("title").asText(null),
                    body.path("detail").asText(null), List.copyOf(errors));
        } catch (java.io.IOException notJson) {
            return new Problem(e.getCode(), null, null, e.getResponseBody(), List.of());
        }
    }
}
