package io.worklane.api.rest.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Names a rejected input the way the caller wrote it: {@code labels[2]}, {@code limit}, {@code title}. */
final class JsonPaths {
    private static final Map<String, String> CODES = Map.of("NotNull", "REQUIRED", "Size", "INVALID_LENGTH",
            "Pattern", "INVALID_FORMAT", "Min", "OUT_OF_RANGE", "Max", "OUT_OF_RANGE", "DecimalMin", "OUT_OF_RANGE",
            "DecimalMax", "OUT_OF_RANGE", "Email", "INVALID_FORMAT");

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** Drops the method and parameter names Bean Validation puts first ("createWorkItem.workItemCreate.title"). */
    static String ofViolation(Path path) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : path) {
            String name = node.getName();
            if (node.getIndex() != null && !nodes.isEmpty()) {
                nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                nodes.add(name);
            }
        }
        List<String> kept = nodes.size() > 2 ? nodes.subList(2, nodes.size()) : nodes.subList(nodes.size() - 1, nodes.size());
        return String.join(".", kept);
    }

    static String codeOf(String annotation) {
        return CODES.getOrDefault(annotation, "INVALID_VALUE");
    }

    static String missingProperty(String message, String fallback) {
        int start = message.indexOf('\'');
        int end = message.indexOf('\'', start + 1);
        return start >= 0 && end > start ? message.substring(start + 1, end) : fallback;
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "a value of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "String" -> "a string";
            case "Long", "Integer", "long", "int" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "UUID" -> "a UUID";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime" -> "an RFC 3339 timestamp";
            default -> "a " + (type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "list"
                    : Map.class.isAssignableFrom(type) ? "JSON object" : type.getSimpleName());
        };
    }
}
