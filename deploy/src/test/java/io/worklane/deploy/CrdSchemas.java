package io.worklane.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The operators' CustomResourceDefinitions (read from {@code ../shared/k8s-crds}, never copied into the
 * repository) as JSON Schemas, made strict the way {@code kubectl apply --validate=strict} is: an object
 * schema with properties and without {@code x-kubernetes-preserve-unknown-fields} refuses other fields
 * (the API server would silently prune them). Int-or-string and nullable are spelled out; formats are
 * left to the server. CEL rules ({@code x-kubernetes-validations}) are not evaluated.
 */
final class CrdSchemas {
    private final Map<String, JsonSchema> byType = new HashMap<>();

    private CrdSchemas() {
    }

    static CrdSchemas load(Path folder) throws IOException {
        CrdSchemas schemas = new CrdSchemas();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        for (Path file : files) {
            JsonNode crd = Kustomize.YAML.readTree(file.toFile());
            if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                continue;
            }
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                ObjectNode schema = (ObjectNode) strict(version.path("schema").path("openAPIV3Schema").deepCopy());
                // the API server checks these itself; some CRDs (Keycloak's) leave them out of their schema
                ObjectNode root = schema.with("properties");
                root.putIfAbsent("apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
                root.putIfAbsent("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
                root.putIfAbsent("metadata", JsonNodeFactory.instance.objectNode().put("type", "object"));
                schemas.byType.put(group + "/" + version.path("name").asText() + "/" + kind, factory.getSchema(schema));
            }
        }
        return schemas;
    }

    boolean knows(JsonNode object) {
        return byType.containsKey(type(object));
    }

    List<String> problems(JsonNode object) {
        JsonSchema schema = byType.get(type(object));
        if (schema == null) {
            return List.of(type(object) + ": no CRD for it in the schemas folder");
        }
        return schema.validate(object).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static String type(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** Rewrites one schema (and the schemas inside it, by keyword: never a property that happens to be named so). */
    private static JsonNode strict(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return node;
        }
        schema.remove("format");
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false) && !schema.has("anyOf")) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean(false) && schema.path("type").isTextual()) {
            schema.set("type", JsonNodeFactory.instance.arrayNode().add(schema.path("type").asText()).add("null"));
        }
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !schema.has("additionalProperties") && !open) {
            schema.put("additionalProperties", false);
        }
        for (Iterator<JsonNode> properties = schema.path("properties").elements(); properties.hasNext(); ) {
            strict(properties.next());
        }
        strict(schema.path("items"));
        strict(schema.path("additionalProperties"));
        strict(schema.path("not"));
        for (String each : List.of("anyOf", "oneOf", "allOf")) {
            schema.path(each).forEach(CrdSchemas::strict);
        }
        return schema;
    }
}
