package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request body schemas of the contract as the fuzzer walks them: properties, nested ones and array items. */
final class Schemas {
    private static final int DEPTH = 3;

    /** Where a property is in a body ("lines", 0, "planned") and its schema type. */
    record PropertyPath(List<Object> segments, String type) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (Object segment : segments) {
                out.append(segment instanceof Integer ? "[0]" : (out.isEmpty() ? "" : ".") + segment);
            }
            return out.toString();
        }
    }

    private final Contract contract;

    Schemas(Contract contract) {
        this.contract = contract;
    }

    List<PropertyPath> propertyPaths(Operation operation) {
        List<PropertyPath> paths = new ArrayList<>();
        collect(contract.resolve(operation.body().schema()), new ArrayList<>(), paths, DEPTH);
        return paths;
    }

    List<String> required(Operation operation) {
        List<String> names = new ArrayList<>();
        contract.resolve(operation.body().schema()).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private void collect(JsonNode schema, List<Object> at, List<PropertyPath> out, int depth) {
        if (depth == 0) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : properties(schema).entrySet()) {
            List<Object> here = new ArrayList<>(at);
            here.add(property.getKey());
            JsonNode propertySchema = flatten(property.getValue());
            String type = typeOf(propertySchema);
            out.add(new PropertyPath(List.copyOf(here), type));
            if ("array".equals(type)) {
                JsonNode items = flatten(propertySchema.path("items"));
                List<Object> item = new ArrayList<>(here);
                item.add(0);
                out.add(new PropertyPath(List.copyOf(item), typeOf(items)));
                collect(items, item, out, depth - 1);
            } else {
                collect(propertySchema, here, out, depth - 1);
            }
        }
    }

    /** Properties of a schema, its allOf parts and its alternatives (oneOf, anyOf) together. */
    private Map<String, JsonNode> properties(JsonNode schemaOrRef) {
        JsonNode schema = contract.resolve(schemaOrRef);
        Map<String, JsonNode> all = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combinator).forEach(part -> all.putAll(properties(part)));
        }
        return all;
    }

    private JsonNode flatten(JsonNode schemaOrRef) {
        JsonNode schema = contract.resolve(schemaOrRef);
        if (schema.has("type") || schema.has("properties")) {
            return schema;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return flatten(schema.get(combinator).get(0));
            }
        }
        return schema;
    }

    /** A schema's type; OpenAPI 3.1 allows a list such as [string, "null"]. */
    static String typeOf(JsonNode schema) {
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
            return null;
        }
        return type.asText();
    }

    static ObjectNode parseObject(byte[] body) {
        try {
            JsonNode tree = RawJson.MAPPER.readTree(body);
            return tree instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Puts {@code value} at the path, creating the objects and one-item arrays on the way. */
    static void set(ObjectNode root, List<Object> segments, JsonNode value) {
        JsonNode current = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            boolean nextIsItem = segments.get(i + 1) instanceof Integer;
            current = child(current, segments.get(i), nextIsItem);
        }
        Object last = segments.get(segments.size() - 1);
        if (last instanceof Integer && current instanceof ArrayNode array) {
            if (array.isEmpty()) {
                array.add(value);
            } else {
                array.set(0, value);
            }
        } else if (current instanceof ObjectNode object) {
            object.set((String) last, value);
        }
    }

    private static JsonNode child(JsonNode parent, Object segment, boolean arrayWanted) {
        if (segment instanceof Integer && parent instanceof ArrayNode array) {
            if (array.isEmpty() || !(array.get(0) instanceof ObjectNode || array.get(0) instanceof ArrayNode)) {
                array.removeAll();
                array.add(arrayWanted ? array.arrayNode() : array.objectNode());
            }
            return array.get(0);
        }
        ObjectNode object = (ObjectNode) parent;
        JsonNode existing = object.get((String) segment);
        if (arrayWanted && !(existing instanceof ArrayNode)) {
            return object.putArray((String) segment);
        }
        if (!arrayWanted && !(existing instanceof ObjectNode)) {
            return object.putObject((String) segment);
        }
        return existing;
    }
}
