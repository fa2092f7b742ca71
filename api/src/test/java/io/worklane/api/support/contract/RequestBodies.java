package io.worklane.api.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal valid request body for an operation, derived from its schema: every required property,
 * the matrix's reference where the property names one ("project"), otherwise the first enum value, a string
 * matching the pattern or format, the minimum number. A body without required properties (a merge
 * patch) gets its first simple property, so that it is a real attempt to change something.
 * Anything it cannot derive fails the case (NotCoveredYet): it never sends a body it made up.
 */
public final class RequestBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The values a matrix fills in by property name (an object of the seeded workspace, or none). */
    public interface References {
        Optional<?> valueOf(String name);
    }

    private final Contract contract;

    public RequestBodies(Contract contract) {
        this.contract = contract;
    }

    public String minimalBody(Operation operation, References refs) {
        try {
            return JSON.writeValueAsString(object(contract.resolve(operation.body().schema()), refs,
                    operation + " request body", true));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An example of a parameter's value (a required query or header parameter). */
    public Object parameterValue(Operation.Parameter parameter, References refs, String where) {
        return value(parameter.name(), parameter.schema(), refs, where);
    }

    private Map<String, Object> object(JsonNode schema, References refs, String where, boolean wholeBody) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            if (!properties.has(name)) {
                throw new NotCoveredYet(where + ": the required property '" + name + "' has no schema");
            }
            out.put(name, value(name, properties.get(name), refs, where + "." + name));
        }
        if (out.isEmpty() && wholeBody) {
            firstSimpleProperty(properties).ifPresent(name -> out.put(name, value(name, properties.get(name), refs,
                    where + "." + name)));
        }
        return out;
    }

    private Optional<String> firstSimpleProperty(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(name -> {
            JsonNode schema = contract.resolve(properties.get(name));
            String type = typeOf(schema);
            return schema.has("enum") || ("string".equals(type) && !schema.has("format"))
                    || "integer".equals(type) || "boolean".equals(type);
        }).findFirst();
    }

    private Object value(String name, JsonNode schemaOrRef, References refs, String where) {
        JsonNode schema = contract.resolve(schemaOrRef);
        String type = typeOf(schema);
        Optional<?> reference = refs.valueOf(name);
        // a named reference fills a string, or a whole list when the matrix gives one (e.g. scopes)
        if (reference.isPresent() && ("string".equals(type) || reference.get() instanceof java.util.Collection)) {
            return reference.get();
        }
        if (schema.has("const")) {
            return plain(schema.get("const"));
        }
        if (schema.has("enum")) {
            return plain(schema.get("enum").get(0));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return value(name, (schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0), refs, where);
        }
        if (type == null) {
            throw new NotCoveredYet(where + ": no type in its schema " + schema
                    + "; describe it in the contract or extend RequestBodies");
        }
        return switch (type) {
            case "object" -> object(schema, refs, where, false);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < schema.path("minItems").asInt(0); i++) {
                    items.add(value(name, schema.path("items"), refs, where + "[" + i + "]"));
                }
                yield items;
            }
            case "string" -> string(schema, where);
            case "integer", "number" -> schema.has("minimum") ? schema.get("minimum").numberValue()
                    : schema.has("maximum") && schema.get("maximum").asLong() < 1 ? schema.get("maximum").numberValue() : 1;
            case "boolean" -> false;
            default -> throw new NotCoveredYet(where + ": cannot make a value of type " + type);
        };
    }

    private static String string(JsonNode schema, String where) {
        if (schema.has("pattern")) {
            return PatternExample.of(schema.get("pattern").asText());
        }
        String format = schema.path("format").asText("");
        return switch (format) {
            case "" -> "x".repeat(Math.max(1, schema.path("minLength").asInt(1)));
            case "email" -> "someone@a.example";
            case "date" -> "2026-01-01";
            case "date-time" -> "2026-01-01T00:00:00Z";
            // a file part of a multipart body: RestRequest sends it as a small file
            case "binary" -> "x";
            case "uri", "uri-reference", "url" -> "https://a.example/hook";
            default -> throw new NotCoveredYet(where + ": a required string of format " + format + " whose name the "
                    + "ReferenceTable does not know; if it refers to an object, name that object in ReferenceTable");
        };
    }

    /** A schema's type; OpenAPI 3.1 allows a list such as [string, "null"]. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : null;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    private static Object plain(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }
}
