package io.worklane.api.graphql.shared;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.worklane.domain.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL error as Worklane reports it: the message, where it happened, and
 * {@code extensions: {code, errors?}} with the same stable codes REST uses. Serialised as written
 * (toSpecification), so nothing else (class names, classifications) is added to it.
 */
public final class WorklaneError implements GraphQLError {
    private final String code;
    private final String message;
    private final List<FieldError> fieldErrors;
    private final List<SourceLocation> locations;
    private final List<Object> path;
    private List<Map<String, Object>> guards = List.of();
    private List<String> cycle = List.of();

    public WorklaneError(String code, String message, List<FieldError> fieldErrors, List<SourceLocation> locations,
                         List<Object> path) {
        this.code = code;
        this.message = message;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        this.locations = locations;
        this.path = path;
    }

    public String code() {
        return code;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code);
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (!fieldErrors.isEmpty()) {
            extensions.put("errors", fieldErrors.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("field", e.field());
                m.put("code", e.code());
                m.put("message", e.message());
                return m;
            }).toList());
        }
        if (!cycle.isEmpty()) {
            extensions.put("cycle", cycle);
        }
        if (!guards.isEmpty()) {
            extensions.put("guards", guards);
        }
        return extensions;
    }

    /** For DEPENDENCY_CYCLE: the loop as keys, as in the REST problem's {@code cycle}. */
    public WorklaneError withCycle(List<String> keys) {
        this.cycle = List.copyOf(keys);
        return this;
    }

    /** For GUARD_FAILED: every guard's answer, as in the REST problem's {@code guards}. */
    public WorklaneError withGuards(List<Map<String, Object>> results) {
        this.guards = List.copyOf(results);
        return this;
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("message", message);
        if (locations != null && !locations.isEmpty()) {
            spec.put("locations", locations.stream()
                    .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
        }
        if (path != null && !path.isEmpty()) {
            spec.put("path", path);
        }
        spec.put("extensions", getExtensions());
        return spec;
    }
}
