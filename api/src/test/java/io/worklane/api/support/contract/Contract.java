package io.worklane.api.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The REST contract as the server serves it (META-INF/openapi.yaml), read into its operations. */
public final class Contract {
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options", "trace");

    private final JsonNode root;

    private Contract(JsonNode root) {
        this.root = root;
    }

    public static Contract load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is not on the test classpath (api's pom copies it there)");
            }
            return new Contract(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null) {
                    operations.add(new Operation(operation.path("operationId").asText(method + " " + path.getKey()),
                            method.toUpperCase(), path.getKey(), parameters(item, operation), body(operation)));
                }
            }
        });
        return operations;
    }

    /** Follows {@code $ref}s to the node they point at. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local $refs are supported: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The operation's parameters over the path's, an operation's parameter winning over the path's of the same name. */
    private List<Operation.Parameter> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, Operation.Parameter> byKey = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : source) {
                JsonNode parameter = resolve(p);
                Operation.Parameter parsed = new Operation.Parameter(parameter.path("name").asText(),
                        parameter.path("in").asText(), parameter.path("required").asBoolean(false),
                        resolve(parameter.path("schema")));
                byKey.put(parsed.in() + ":" + parsed.name(), parsed);
            }
        }
        return List.copyOf(byKey.values());
    }

    private Operation.Body body(JsonNode operation) {
        JsonNode body = resolve(operation.get("requestBody"));
        if (body == null || !body.has("content")) {
            return null;
        }
        Map.Entry<String, JsonNode> first = body.get("content").fields().next();
        return new Operation.Body(first.getKey(), first.getValue().path("schema"), body.path("required").asBoolean(false));
    }
}
