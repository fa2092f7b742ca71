package io.worklane.api.rest.shared;

import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.openapi.model.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds RFC 9457 problem documents: one shape for every error, keyed by a stable code. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://worklane.io/problems/";

    private Problems() {
    }

    public static Response response(ErrorCode code, String detail, List<FieldError> errors, String instance) {
        return response(code, detail, errors, instance, TraceIds.current());
    }

    /** As above, with the trace id the caller has already logged. */
    public static Response response(ErrorCode code, String detail, List<FieldError> errors, String instance,
                                    String traceId) {
        Problem problem = new Problem()
                .type(type(code))
                .title(title(code))
                .status(code.httpStatus())
                .code(code.name())
                .detail(detail)
                .instance(UriReferences.of(instance))
                .traceId(traceId);
        problem.setErrors(errors.isEmpty() ? null : errors.stream()
                .map(e -> new io.worklane.openapi.model.FieldError().field(e.field()).code(e.code()).message(e.message())
                        .row(e.row()).column(e.column()))
                .toList());
        problem.setGuards(null); // only GUARD_FAILED carries guards
        problem.setCycle(null); // only DEPENDENCY_CYCLE carries a cycle
        return Response.status(code.httpStatus()).type(MEDIA_TYPE).entity(problem).build();
    }

    /**
     * Writes a problem document straight onto a Vert.x response, for refusals made below JAX-RS
     * (authentication, rate limits, CORS, body size), in the same shape as {@link #response}.
     */
    public static void write(io.vertx.core.http.HttpServerResponse response, ErrorCode code, String detail,
                             String instance) {
        write(response, code, detail, List.of(), instance);
    }

    public static void write(io.vertx.core.http.HttpServerResponse response, ErrorCode code, String detail,
                             List<FieldError> errors, String instance) {
        io.vertx.core.json.JsonObject problem = new io.vertx.core.json.JsonObject()
                .put("type", type(code))
                .put("title", title(code))
                .put("status", code.httpStatus())
                .put("code", code.name())
                .put("detail", detail)
                .put("instance", UriReferences.of(instance))
                .put("traceId", TraceIds.current());
        if (!errors.isEmpty()) {
            problem.put("errors", errors.stream().map(Problems::json).toList());
        }
        response.setStatusCode(code.httpStatus()).putHeader("Content-Type", MEDIA_TYPE).end(problem.encode());
    }

    private static io.vertx.core.json.JsonObject json(FieldError e) {
        var error = new io.vertx.core.json.JsonObject().put("field", e.field()).put("code", e.code())
                .put("message", e.message());
        if (e.row() != null) {
            error.put("row", e.row()).put("column", e.column());
        }
        return error;
    }

    private static String type(ErrorCode code) {
        return TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "WORK_ITEM_NOT_FOUND" → "Work item not found". */
    static String title(ErrorCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
