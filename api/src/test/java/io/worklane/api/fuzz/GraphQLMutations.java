package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.ServedSchema.Type;
import io.worklane.api.support.contract.ServedSchema.TypeRef;
import io.worklane.api.support.contract.ServedSchema.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Mutations of a GraphQL target's request: a hostile value for any argument or any field of an input
 * object (by its type: out-of-range and fractional Ints, wrong types, null where non-null, unknown enum
 * values and fields, bad dates, JSON nested thousands deep, NUL and lone surrogates in strings and IDs),
 * and requests that are wrong as a whole (variables not an object, no query, malformed JSON, wrong
 * content type, syntax errors, literals of the wrong type).
 */
final class GraphQLMutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "26-01-01", "yesterday", "",
            "2026-01-01T00:00:00", "+999999999-12-31", "2026-01-01T25:00:00Z", "\u0000");

    private final ServedSchema schema;

    GraphQLMutations(ServedSchema schema) {
        this.schema = schema;
    }

    /** A request: the body as sent, its content type, and whether it must be refused. */
    record Request(String description, String body, String contentType, boolean mustFail) {
    }

    List<Request> of(GraphQLTarget target, Random random, int count) {
        List<Function<Random, Request>> kinds = new ArrayList<>();
        if (!target.slots().isEmpty()) {
            for (int i = 0; i < 6; i++) {
                kinds.add(r -> badArgument(target, r));
            }
        }
        kinds.add(r -> wholeRequest(target, r));
        kinds.add(r -> badDocument(target, r));
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(kinds.get(random.nextInt(kinds.size())).apply(random));
        }
        return requests;
    }

    Request valid(GraphQLTarget target) {
        RawJson raw = new RawJson();
        return new Request("valid", raw.write(body(target.document(), variables(target))), "application/json", false);
    }

    private Request badArgument(GraphQLTarget target, Random r) {
        RawJson raw = new RawJson();
        BadValues bad = new BadValues(r, raw);
        GraphQLTarget.Slot slot = RestMutations.pick(r, List.copyOf(target.slots().values()));
        ObjectNode variables = variables(target);
        JsonNode current = variables.get(slot.variable());
        String where = "$" + slot.variable();
        JsonNode value;
        if (current instanceof ObjectNode input && r.nextInt(3) > 0) {
            where += "." + mutateInside(input, slot.type(), bad, r, 2);
            value = input;
        } else {
            value = badFor(slot.type(), bad, r);
        }
        variables.set(slot.variable(), value);
        return new Request("variable " + where + " = bad value", raw.write(body(target.document(), variables)),
                "application/json", false);
    }

    /** Puts a bad value on one field of an input object (maybe nested); returns which. */
    private String mutateInside(ObjectNode input, TypeRef type, BadValues bad, Random r, int depth) {
        Type named = schema.type(type.named().name());
        if (named == null || named.inputFields().isEmpty()) {
            input.put("notAField", 1);
            return "notAField";
        }
        Value field = RestMutations.pick(r, named.inputFields());
        JsonNode existing = input.get(field.name());
        if (depth > 1 && existing instanceof ObjectNode nested && r.nextBoolean()) {
            return field.name() + "." + mutateInside(nested, field.type(), bad, r, depth - 1);
        }
        if (r.nextInt(8) == 0) {
            input.put("notAField", "x");
            return "notAField";
        }
        input.set(field.name(), badFor(field.type(), bad, r));
        return field.name();
    }

    /** A value of the wrong kind for a GraphQL type, often close to a right one. */
    JsonNode badFor(TypeRef type, BadValues bad, Random r) {
        if (r.nextInt(8) == 0) {
            return NODES.nullNode();
        }
        TypeRef nullable = type.isNonNull() ? type.ofType() : type;
        if (nullable.kind().equals("LIST")) {
            return switch (r.nextInt(3)) {
                case 0 -> NODES.arrayNode().add(NODES.nullNode());
                case 1 -> NODES.arrayNode().add(badFor(nullable.ofType(), bad, r));
                default -> bad.any();
            };
        }
        Type named = schema.type(nullable.name());
        if (named.kind().equals("ENUM")) {
            return RestMutations.pick(r, List.<JsonNode>of(TextNode.valueOf("NOPE"), TextNode.valueOf(""),
                    TextNode.valueOf(named.enumValues().get(0).toLowerCase()), NODES.numberNode(1), bad.any()));
        }
        if (named.kind().equals("INPUT_OBJECT")) {
            ObjectNode input = NODES.objectNode();
            return r.nextBoolean() ? input.put("notAField", 1) : bad.any();
        }
        return switch (named.name()) {
            case "Int", "Long", "BigInteger" -> r.nextInt(4) == 0 ? bad.string() : bad.number();
            case "Float", "BigDecimal" -> RestMutations.pick(r, List.<JsonNode>of(bad.number(), TextNode.valueOf("abc"),
                    TextNode.valueOf("1e400"), TextNode.valueOf("NaN"), bad.string()));
            case "Boolean" -> RestMutations.pick(r, List.<JsonNode>of(TextNode.valueOf("true"), NODES.numberNode(1), bad.any()));
            case "Date", "DateTime" -> r.nextInt(4) == 0 ? bad.any() : TextNode.valueOf(RestMutations.pick(r, BAD_DATES));
            case "JSON" -> RestMutations.pick(r, List.of(bad.object(), bad.array(), bad.number(), bad.any(), deepObject(r)));
            default -> r.nextInt(5) == 0 ? bad.any() : bad.string();
        };
    }

    private static JsonNode deepObject(Random r) {
        ObjectNode root = NODES.objectNode();
        ObjectNode current = root;
        for (int i = 0; i < 300 + r.nextInt(3000); i++) {
            current = current.putObject("a");
        }
        return root;
    }

    private Request wholeRequest(GraphQLTarget target, Random r) {
        String document = RawJson.MAPPER.valueToTree(target.document()).toString();
        String vars = variables(target).toString();
        return switch (r.nextInt(12)) {
            case 0 -> refused("variables is a list", "{\"query\":" + document + ",\"variables\":[1]}");
            case 1 -> refused("variables is a string", "{\"query\":" + document + ",\"variables\":\"x\"}");
            case 2 -> refused("variables is a number", "{\"query\":" + document + ",\"variables\":1e400}");
            case 3 -> refused("no query", "{\"variables\":" + vars + "}");
            case 4 -> refused("query is not a string", "{\"query\":{\"a\":1},\"variables\":" + vars + "}");
            case 5 -> refused("trailing garbage", "{\"query\":" + document + ",\"variables\":" + vars + "} x");
            case 6 -> refused("malformed JSON", RestMutations.pick(r, RestMutations.MALFORMED));
            case 7 -> refused("operationName names no operation", "{\"query\":" + document + ",\"variables\":" + vars
                    + ",\"operationName\":\"Nope\"}");
            case 8 -> refused("operationName is not a string", "{\"query\":" + document + ",\"operationName\":[1]}");
            case 9 -> new Request("wrong content type", "{\"query\":" + document + "}", RestMutations.pick(r,
                    List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")), true);
            case 10 -> refused("nested JSON in place of the request", RawJson.nestedArrays(5_000 + r.nextInt(50_000)));
            default -> refused("extensions is not an object", "{\"query\":" + document + ",\"extensions\":\"x\"}");
        };
    }

    private Request badDocument(GraphQLTarget target, Random r) {
        String document = target.document();
        String broken = switch (r.nextInt(6)) {
            case 0 -> document.substring(0, r.nextInt(document.length()));
            case 1 -> document + " }";
            case 2 -> document.replaceFirst("(\\w+): \\$v\\d_\\w+", "$1: \"\\\\u0000\"");
            case 3 -> document.replaceFirst("(\\w+): \\$v\\d_\\w+", "$1: " + RestMutations.pick(r, List.of("1.5",
                    "99999999999", "-99999999999", "1e400", "\"x\"", "[null]", "{a: 1}", "NOPE", "\"\\\\ud800\"")));
            case 4 -> "query { " + "workspaces { edges { node { ".repeat(20) + "id" + " } } }".repeat(20) + " }";
            default -> document.contains("Fuzz(") ? document.replace("Fuzz(", "Fuzz($undeclared: Nope, ")
                    : document.replace(" Fuzz ", " Fuzz($undeclared: Nope) ");
        };
        if (broken.equals(document)) {
            broken = document + " }";
        }
        return refused("document: " + HttpCase.abbreviated(broken), RawJson.MAPPER.createObjectNode()
                .put("query", broken).set("variables", variables(target)).toString());
    }

    private static Request refused(String description, String body) {
        return new Request(description, body, "application/json", true);
    }

    private static ObjectNode variables(GraphQLTarget target) {
        return RawJson.MAPPER.valueToTree(target.validVariables());
    }

    private static ObjectNode body(String document, ObjectNode variables) {
        ObjectNode body = NODES.objectNode().put("query", document);
        body.set("variables", variables);
        return body;
    }
}
