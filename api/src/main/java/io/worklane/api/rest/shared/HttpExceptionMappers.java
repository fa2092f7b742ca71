package io.worklane.api.rest.shared;

import io.worklane.api.http.JsonTextCheck;
import io.worklane.api.http.DatabaseFailures;
import io.worklane.domain.shared.ErrorCode;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Everything else that can go wrong at the HTTP level, as problem documents. Never a stack trace. */
public class HttpExceptionMappers {
    private static final Logger LOG = Logger.getLogger(HttpExceptionMappers.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
        String path = uri.getPath();
        if (e instanceof NotFoundException && e.getCause() != null && PathParameters.hasMalformedId(resource, uri)) {
            // an id that cannot be any object's: the contract answers it like any id nothing has
            return Problems.response(ErrorCode.NOT_FOUND, "There is nothing at " + path + ": ids are UUIDs such as "
                    + "0190f5c4-0000-7000-8000-000000000000.", List.of(), path);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // Quarkus REST answers an unconvertible query or path value with 404; it is the caller's input
            return Problems.response(ErrorCode.VALIDATION_FAILED, "A query parameter has a value of the wrong type: "
                    + "check UUIDs, RFC 3339 timestamps, numbers and enumeration values.", List.of(), path);
        }
        if (e instanceof NotFoundException) {
            return Problems.response(ErrorCode.NOT_FOUND, "There is no resource at " + path + ".", List.of(), path);
        }
        if (e instanceof NotAllowedException) {
            return Problems.response(ErrorCode.METHOD_NOT_ALLOWED, "This resource does not support that method.",
                    List.of(), path);
        }
        if (e instanceof NotSupportedException) {
            return Problems.response(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json (or "
                    + "application/merge-patch+json for PATCH).", List.of(), path);
        }
        if (e instanceof NotAcceptableException) {
            return Problems.response(ErrorCode.NOT_ACCEPTABLE, "This resource answers in application/json.",
                    List.of(), path);
        }
        Throwable json = jsonCause(e);
        if (json instanceof JsonTextCheck.InvalidText invalid) {
            return new InputExceptionMappers().invalidText(invalid, uri);
        }
        if (json instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            return new InputExceptionMappers().mapping(m, uri);
        }
        if (json != null) {
            return Problems.response(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.", List.of(), path);
        }
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return Problems.response(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB.", List.of(),
                    path);
        }
        if (status >= 400 && status < 500) {
            return Problems.response(ErrorCode.VALIDATION_FAILED, "The request could not be processed (HTTP "
                    + status + ").", List.of(), path);
        }
        return unexpected(e, uri);
    }

    private static Throwable jsonCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return t;
            }
        }
        return null;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warn("Database unavailable: " + e.getMessage());
            return Problems.response(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable. Retry shortly.",
                    List.of(), uri.getPath());
        }
        if (DatabaseFailures.isUnstorableText(e)) {
            return Problems.response(ErrorCode.VALIDATION_FAILED, "The request holds text that cannot be stored (a NUL "
                    + "character or a lone surrogate). Remove it and send the request again.", List.of(), uri.getPath());
        }
        String traceId = TraceIds.current();
        LOG.errorf(e, "Unexpected failure on %s (traceId %s)", uri.getPath(), traceId);
        return Problems.response(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. It has been logged.",
                List.of(), uri.getPath(), traceId);
    }
}
