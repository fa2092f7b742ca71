package io.worklane.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.worklane.client.ApiClient;
import io.worklane.client.ApiException;
import io.worklane.client.model.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * An error response as the generated client reports it (an {@link ApiException}), decoded: HTTP
 * status, Content-Type and the RFC 9457 problem document with Worklane's {@code code}.
 */
public record HttpProblem(int status, String contentType, Problem problem, String rawBody) {

    /** Runs {@code call}, which must be refused by the server, and returns the refusal. */
    public static HttpProblem refusalOf(ThrowingCallable call) {
        try {
            call.call();
        } catch (ApiException e) {
            return of(e);
        } catch (Throwable other) {
            throw new AssertionError("expected an error response from the server, but got " + other, other);
        }
        throw new AssertionError("expected the server to refuse the request, but it succeeded");
    }

    public static HttpProblem of(ApiException e) {
        if (e.getCode() == 0) {
            throw new AssertionError("the request did not reach the server: " + e.getMessage(), e);
        }
        String contentType = e.getResponseHeaders() == null ? null
                : e.getResponseHeaders().firstValue("Content-Type").orElse(null);
        return new HttpProblem(e.getCode(), contentType, parse(e.getResponseBody()), e.getResponseBody());
    }

    public String code() {
        return problem == null ? null : problem.getCode();
    }

    private static Problem parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return ApiClient.createDefaultObjectMapper().readValue(body, Problem.class);
        } catch (JsonProcessingException notAProblemDocument) {
            return null;
        }
    }
}
