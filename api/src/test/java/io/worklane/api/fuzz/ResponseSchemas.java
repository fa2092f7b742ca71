package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.worklane.api.support.contract.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The response schemas of openapi.yaml, validated as JSON Schema 2020-12 (OpenAPI 3.1's dialect) with
 * formats asserted (uuid, date-time, date, uri-reference...). Each operation's schema for a status and
 * media type is put under {@code $defs} of one document that also holds the contract's
 * {@code components}, so that its {@code #/components/...} references resolve as in the contract.
 */
final class ResponseSchemas {
    private static final String BASE = "https://worklane.test/contract.json";

    private final ObjectNode defs = RawJson.MAPPER.createObjectNode();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    ResponseSchemas() {
        JsonNode contract;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            contract = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode shared = contract.at("/components/responses");
        contract.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").fields()
                .forEachRemaining(response -> {
                    String ref = response.getValue().path("$ref").asText("");
                    JsonNode declared = ref.isEmpty() ? response.getValue() : shared.path(ref.substring(ref.lastIndexOf('/') + 1));
                    declared.path("content").fields().forEachRemaining(media -> {
                        if (media.getValue().has("schema") && isJson(media.getKey())) {
                            defs.set(key(operation.path("operationId").asText(), response.getKey(), media.getKey()),
                                    media.getValue().get("schema"));
                        }
                    });
                })));
        ObjectNode document = RawJson.MAPPER.createObjectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.set("components", contract.path("components"));
        document.set("$defs", defs);
        withoutEmailFormat(document);
        withoutExamples(document);
        String text = document.toString();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(BASE, text)));
    }

    /**
     * The validator's email format wants a registered top-level domain; the seeded members live at
     * example domains (RFC 2606), which the server rightly accepts. Emails are checked as strings.
     */
    private static void withoutEmailFormat(JsonNode node) {
        if (node instanceof ObjectNode object && "email".equals(object.path("format").asText())) {
            object.remove("format");
        }
        node.forEach(ResponseSchemas::withoutEmailFormat);
    }

    /**
     * Examples say nothing about validity, but the validator reads every {@code example} value as a
     * schema of its own: with an example beside every answer that cost more heap than the test JVM has.
     * A property named "example" (a key of {@code properties}) stays.
     */
    private static void withoutExamples(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("example");
            object.remove("examples");
            object.fields().forEachRemaining(field -> {
                if (field.getKey().equals("properties")) {
                    field.getValue().forEach(ResponseSchemas::withoutExamples);
                } else {
                    withoutExamples(field.getValue());
                }
            });
        } else {
            node.forEach(ResponseSchemas::withoutExamples);
        }
    }

    /** What is wrong with a body of this status and media type; empty when it conforms or no schema is declared. */
    List<String> violations(Operation operation, int status, String mediaType, String body) {
        String key = key(operation.id(), String.valueOf(status), mediaType);
        if (!defs.has(key)) {
            return List.of();
        }
        Schema schema = schemas.computeIfAbsent(key, k -> registry.getSchema(SchemaLocation.of(BASE + "#/$defs/" + k)));
        return schema.validate(body, InputFormat.JSON, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** Whether the contract declares a body for this status in any media type. */
    boolean declaresStatus(Operation operation, int status) {
        String prefix = operation.id() + "_" + status + "_";
        for (var names = defs.fieldNames(); names.hasNext(); ) {
            if (names.next().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only JSON bodies are validated as JSON: a CSV, JSON Lines or binary answer (exports, downloads) has a
     * schema of {@code type: string} in the contract, which says nothing a JSON validator could check.
     */
    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String key(String operationId, String status, String mediaType) {
        return operationId + "_" + status + "_" + mediaType.replaceAll("[^A-Za-z0-9]", "_");
    }
}
