package io.worklane.api.graphql.shared;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The one place that turns failures into GraphQL errors. Domain refusals keep their code, message
 * and field errors; query problems (syntax, validation, limits) become VALIDATION_FAILED; anything
 * unexpected becomes INTERNAL_ERROR with a reference to the log, never a class name or stack trace.
 */
public final class ErrorTranslation {
    private static final Logger LOG = Logger.getLogger(ErrorTranslation.class);

    private ErrorTranslation() {
    }

    public static GraphQLError ofFailure(Throwable failure, List<SourceLocation> locations, List<Object> path) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException e) {
                WorklaneError error = new WorklaneError(e.code().name(), e.getMessage(), e.errors(), locations, path);
                if (e instanceof io.worklane.domain.workflow.GuardRefusal refusal) {
                    error.withGuards(refusal.results().stream().map(r -> Map.<String, Object>of("type",
                            r.type().name(), "passed", r.passed(), "reason", r.reason())).toList());
                }
                if (e instanceof io.worklane.domain.planning.DependencyCycles.Refusal refusal) {
                    error.withCycle(refusal.cycle());
                }
                return error;
            }
            if (t instanceof UnauthorizedException) {
                return new WorklaneError(ErrorCode.UNAUTHENTICATED.name(),
                        io.worklane.api.security.Credentials.HOW_TO_AUTHENTICATE, List.of(), locations, path);
            }
            if (t instanceof ForbiddenException) {
                return new WorklaneError(ErrorCode.FORBIDDEN.name(), "You may not do this.", List.of(), locations, path);
            }
            if (isBadArgument(t)) {
                String message = "An argument has a value its type does not take: " + readable(t.getMessage());
                return new WorklaneError(ErrorCode.VALIDATION_FAILED.name(), message,
                        List.of(new FieldError(argumentOf(path), "INVALID_VALUE", message)), locations, path);
            }
        }
        if (io.worklane.api.http.DatabaseFailures.isUnstorableText(failure)) {
            String message = "The request holds text that cannot be stored (a NUL character or a lone surrogate).";
            return new WorklaneError(ErrorCode.VALIDATION_FAILED.name(), message,
                    List.of(new FieldError(argumentOf(path), "INVALID_CHARACTERS", message)), locations, path);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "GraphQL field %s failed unexpectedly (reference %s)", path, reference);
        return internal(reference, locations, path);
    }

    /**
     * Argument values graphql-java or SmallRye could not coerce to their type (1.5 or 2^31 for an Int, a
     * malformed date, a string where an input object goes): the caller's mistake, caught while the field's
     * arguments are read, after validation let the variables through.
     */
    private static boolean isBadArgument(Throwable t) {
        return t instanceof graphql.schema.CoercingParseValueException
                || t instanceof graphql.schema.CoercingParseLiteralException
                || t instanceof graphql.execution.NonNullableValueCoercedAsNullException
                || t instanceof graphql.execution.InputMapDefinesTooManyFieldsException
                || t instanceof io.smallrye.graphql.transformation.TransformException;
    }

    /** A message without the class names and internals some libraries put in it. */
    private static String readable(String message) {
        String text = String.valueOf(message).replaceAll("([a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error):?\\s*", "")
                .replaceAll("SRGQL\\d+:\\s*", "").replace("Internal error: ", "");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String argumentOf(List<Object> path) {
        return path == null || path.isEmpty() ? "arguments" : path.get(path.size() - 1) + " arguments";
    }

    /**
     * Every error of a result with a Worklane code. A non-null field that came back null because it
     * failed already has its own error: graphql-java's second report of it is dropped.
     */
    public static List<GraphQLError> normaliseAll(List<GraphQLError> errors) {
        boolean others = errors.stream().anyMatch(e -> !(e instanceof graphql.execution.NonNullableFieldWasNullError));
        return errors.stream().filter(e -> !(others && e instanceof graphql.execution.NonNullableFieldWasNullError))
                .map(ErrorTranslation::normalise).toList();
    }

    /** Gives every error of a result a Worklane code; errors raised by data fetchers already have one. */
    public static GraphQLError normalise(GraphQLError error) {
        if (error instanceof WorklaneError) {
            return error;
        }
        if (error instanceof graphql.ExceptionWhileDataFetching fetching) {
            // how SmallRye reports a failed subscription stream (a refusal at subscribe time)
            return ofFailure(fetching.getException(), fetching.getLocations(), fetching.getPath());
        }
        if (error instanceof ValidationError v) {
            String kind = v.getValidationErrorType() == null ? "INVALID_QUERY" : upperSnake(v.getValidationErrorType().toString());
            return queryError(kind, error);
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return queryError("INVALID_SYNTAX", error);
        }
        if (error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.OperationNotSupported) {
            return queryError("INVALID_QUERY", error);
        }
        if (error.getErrorType() == ErrorType.ExecutionAborted) {
            return queryError("QUERY_REFUSED", error);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf("GraphQL error without a code (reference %s): %s", reference, error.getMessage());
        return internal(reference, error.getLocations(), error.getPath());
    }

    /** A refusal of the query as a whole (too deep, too costly): VALIDATION_FAILED on the field "query". */
    public static WorklaneError queryRefused(String code, String message) {
        return new WorklaneError(ErrorCode.VALIDATION_FAILED.name(), message,
                List.of(new FieldError("query", code, message)), null, null);
    }

    private static WorklaneError queryError(String code, GraphQLError error) {
        return new WorklaneError(ErrorCode.VALIDATION_FAILED.name(), error.getMessage(),
                List.of(new FieldError("query", code, error.getMessage())), error.getLocations(), error.getPath());
    }

    private static WorklaneError internal(String reference, List<SourceLocation> locations, List<Object> path) {
        return new WorklaneError(ErrorCode.INTERNAL_ERROR.name(),
                "An unexpected error occurred. Quote reference " + reference + " when reporting it.", List.of(),
                locations, path);
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
