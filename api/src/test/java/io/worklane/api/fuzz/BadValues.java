package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The catalogue of hostile values: wrong types, null, empty, 100,000 characters, NUL and other control
 * characters, lone surrogates, huge, negative and fractional numbers, unknown enum values, unknown
 * fields, nesting thousands deep. Random parts are drawn from the case's own seeded {@link Random}, so
 * a case is the same on every run with the same seed.
 */
final class BadValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> STRINGS = List.of("", " ", "a\u0000b", "\u0000", "\ud800", "x\udc00y", "..", "../../etc",
            "NOPE", "2026-02-30", "2026-13-01", "yesterday", "' OR '1'='1", "\u202egnp.exe", "%00", "null");
    static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e-400", "1.5", "-1", "0", "-0",
            "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "1E2", "0.0000001");

    private final Random random;
    private final RawJson raw;

    BadValues(Random random, RawJson raw) {
        this.random = random;
        this.raw = raw;
    }

    /** A bad value for a property or argument of this JSON schema type (null: unknown): mostly of its own kind. */
    JsonNode forType(String type) {
        List<Supplier<JsonNode>> pool = new ArrayList<>(generic());
        List<Supplier<JsonNode>> own = switch (type == null ? "" : type) {
            case "string" -> List.of(this::string, this::string, this::string);
            case "integer", "number" -> List.of(this::number, this::number, this::number);
            case "array" -> List.of(this::array, this::array);
            case "object" -> List.of(this::object, this::object);
            default -> List.of(this::string, this::number);
        };
        return pick(random.nextInt(10) < 6 ? own : pool).get();
    }

    JsonNode any() {
        List<Supplier<JsonNode>> all = new ArrayList<>(generic());
        all.addAll(List.of(this::string, this::number, this::array, this::object));
        return pick(all).get();
    }

    /** A hostile string (a JSON string node; a lone surrogate is escaped when written). */
    TextNode string() {
        return TextNode.valueOf(text());
    }

    String text() {
        return switch (random.nextInt(6)) {
            case 0 -> "x".repeat(100_000);
            case 1 -> "x" + chars(1 + random.nextInt(6), 0, 0x1f) + "y";
            case 2 -> chars(1 + random.nextInt(24), 0, Character.MAX_VALUE);
            case 3 -> "x".repeat(256 + random.nextInt(600));
            default -> pick(STRINGS);
        };
    }

    /** A number no field takes: too big, too small, fractional, negative, beyond double. */
    JsonNode number() {
        return raw.raw(numberText());
    }

    String numberText() {
        return random.nextInt(4) == 0 ? (random.nextBoolean() ? "-" : "") + new BigInteger(64 + random.nextInt(200), random)
                .add(BigInteger.TWO.pow(63)) : pick(NUMBERS);
    }

    JsonNode array() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.arrayNode().add(NODES.nullNode());
            case 1 -> NODES.arrayNode().add(NODES.nullNode()).add(string());
            case 2 -> NODES.arrayNode().add(NODES.arrayNode());
            case 3 -> raw.raw("[" + "1,".repeat(20_000) + "1]");
            default -> NODES.arrayNode().add(any());
        };
    }

    JsonNode object() {
        return switch (random.nextInt(3)) {
            case 0 -> NODES.objectNode().put("notAField", 1);
            case 1 -> raw.raw(RawJson.nestedObjects(100 + random.nextInt(400)));
            default -> NODES.objectNode().set("", NODES.nullNode());
        };
    }

    private List<Supplier<JsonNode>> generic() {
        return List.of(NODES::nullNode, () -> NODES.booleanNode(true), NODES::objectNode, NODES::arrayNode,
                () -> raw.raw(RawJson.nestedArrays(2_000 + random.nextInt(20_000))),
                () -> raw.raw(RawJson.nestedObjects(2_000)));
    }

    /** Random UTF-16 code units in a range: lone surrogates and unassigned characters included. */
    private String chars(int count, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) (from + random.nextInt(to - from + 1)));
        }
        return out.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
