package io.worklane.api.rest.shared;

import io.worklane.api.http.JsonTextCheck;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Input that never reached a use case: unreadable JSON, wrong types, unknown fields, broken constraints. */
public class InputExceptionMappers {
    @ServerExceptionMapper
    public Response invalidText(JsonTextCheck.InvalidText e, UriInfo uri) {
        return Problems.response(ErrorCode.VALIDATION_FAILED, e.getOriginalMessage(), List.of(new FieldError("body",
                "INVALID_CHARACTERS", e.getOriginalMessage())), uri.getPath());
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        if (e instanceof JsonTextCheck.InvalidText invalid) {
            return invalidText(invalid, uri);
        }
        if (e.getLocation() == null) {
            return Problems.response(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.", List.of(),
                    uri.getPath());
        }
        return Problems.response(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON (line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").", List.of(), uri.getPath());
    }

    // the specific types outrank Quarkus' built-in mappers for them, which answer in plain JSON
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        String field = JsonPaths.of(e.getPath());
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return Problems.response(ErrorCode.MALFORMED_JSON, "The request body goes on after its JSON document: send "
                    + "exactly one JSON value.", List.of(), uri.getPath());
        }
        FieldError error;
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            error = new FieldError(field.isEmpty() ? "body" : field, "REQUIRED", "may not be null");
        } else if (e instanceof UnrecognizedPropertyException u) {
            error = new FieldError(field, "UNKNOWN_FIELD", "is not a field of this request; known fields: "
                    + u.getKnownPropertyIds());
        } else if (e instanceof InvalidFormatException f) {
            error = new FieldError(field, "INVALID_VALUE", "'" + f.getValue() + "' is not a valid "
                    + JsonPaths.typeName(f.getTargetType()));
        } else if (e instanceof MismatchedInputException m && e.getOriginalMessage().startsWith("Missing required")) {
            error = new FieldError(JsonPaths.missingProperty(e.getOriginalMessage(), field), "REQUIRED", "is required");
        } else if (e instanceof MismatchedInputException m) {
            error = new FieldError(field.isEmpty() ? "body" : field, "INVALID_TYPE", "must be "
                    + JsonPaths.typeName(m.getTargetType()));
        } else if (e instanceof ValueInstantiationException) {
            error = new FieldError(field.isEmpty() ? "body" : field, "INVALID_VALUE", "is not acceptable here");
        } else {
            error = new FieldError(field.isEmpty() ? "body" : field, "INVALID_VALUE", "could not be read");
        }
        return Problems.response(ErrorCode.VALIDATION_FAILED, error.field() + ": " + error.message(), List.of(error),
                uri.getPath());
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(ErrorCode.MALFORMED_JSON, "The request body could not be read as JSON.", List.of(),
                uri.getPath());
    }

    @ServerExceptionMapper
    public Response constraints(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(InputExceptionMappers::toFieldError).collect(Collectors.toList());
        String first = errors.get(0).field() + ": " + errors.get(0).message();
        return Problems.response(ErrorCode.VALIDATION_FAILED, first + (errors.size() > 1 ? " (and "
                + (errors.size() - 1) + " more)" : ""), errors, uri.getPath());
    }

    private static FieldError toFieldError(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldError(JsonPaths.ofViolation(v.getPropertyPath()), JsonPaths.codeOf(annotation), v.getMessage());
    }
}
