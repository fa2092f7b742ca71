package io.worklane.openapi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The style rules that need no Node: they run on every machine, also where ContractLintTest (Redocly)
 * is skipped. They catch what an OpenAPI 3.1 linter reported against this file before (`nullable`,
 * descriptions with ", " in flow mappings that YAML turned into bogus property names).
 */
class ContractStyleTest {
    private final JsonNode contract = Contract.read(Contract.current());

    @Test
    void everyOperationHasAnOperationIdASummaryADescriptionAndOneDeclaredTag() {
        Set<String> declaredTags = new HashSet<>();
        contract.path("tags").forEach(tag -> declaredTags.add(tag.path("name").asText()));
        List<String> problems = new ArrayList<>();
        for (Contract.Operation op : Contract.operations(contract)) {
            JsonNode node = op.node();
            if (!node.path("operationId").asText().matches("[a-z][A-Za-z0-9]+")) {
                problems.add(op.name() + ": operationId missing or not camelCase");
            }
            if (node.path("summary").asText().isBlank()) {
                problems.add(op.name() + ": no summary");
            }
            if (node.path("description").asText().length() < 20) {
                problems.add(op.name() + ": no description (who may call it, what its errors mean)");
            }
            if (node.path("tags").size() != 1 || !declaredTags.contains(node.path("tags").path(0).asText())) {
                problems.add(op.name() + ": needs exactly one tag declared under tags");
            }
        }
        assertThat(Contract.operations(contract)).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    /** Issue #17: every operation shows an example request and response (Redocly checks them against their schemas). */
    @Test
    void everyJsonRequestBodyAndSuccessfulJsonAnswerHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (Contract.Operation op : Contract.operations(contract)) {
            examplesOf(op.node().path("requestBody").path("content"), op.name() + " request", missing);
            op.node().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    examplesOf(response.getValue().path("content"), op.name() + " " + response.getKey(), missing);
                }
            });
        }
        assertThat(missing).as("add an example: beside the schema (openapi/README.md, Changing the contract)").isEmpty();
    }

    private static void examplesOf(JsonNode content, String what, List<String> missing) {
        content.fields().forEachRemaining(media -> {
            if (media.getKey().contains("json") && !media.getValue().has("example") && !media.getValue().has("examples")) {
                missing.add(what + " (" + media.getKey() + ")");
            }
        });
    }

    @Test
    void noSchemaUsesNullableWhichOpenApi31DoesNotHave() {
        List<String> found = new ArrayList<>();
        walk(contract, "#", (pointer, node) -> {
            if (node.isObject() && node.has("nullable")) {
                found.add(pointer);
            }
        });
        assertThat(found).as("write type: [string, 'null'] instead").isEmpty();
    }

    @Test
    void everyPropertyIsASchemaNotAStrayKeyFromAFlowMapping() {
        List<String> stray = new ArrayList<>();
        walk(contract, "#", (pointer, node) -> {
            if (node.isObject() && node.path("properties").isObject()) {
                for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                    if (!property.getValue().isObject()) {
                        stray.add(pointer + "/properties/" + property.getKey());
                    }
                }
            }
            if (node.isObject() && node.has("description") && node.size() > 1) {
                node.properties().forEach(entry -> {
                    if (entry.getValue().isNull()) {
                        stray.add(pointer + "/" + entry.getKey());
                    }
                });
            }
        });
        assertThat(stray).as("quote descriptions containing ': ' or ', ' inside { }").isEmpty();
    }

    interface Visitor {
        void visit(String pointer, JsonNode node);
    }

    private static void walk(JsonNode node, String pointer, Visitor visitor) {
        visitor.visit(pointer, node);
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
