package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Mutations of an operation's valid request, each chosen by the case's seeded random: a path id of the
 * wrong format, a dot segment, hostile query values, out-of-range limits, garbage and foreign cursors,
 * malformed If-Match and Idempotency-Key, wrong or missing content types, malformed JSON, and bad values
 * for any property of the body schema (nested ones and array items included), unknown and missing fields.
 */
final class RestMutations {
    static final List<String> BAD_PATH_SEGMENTS = List.of("..", ".", "%2e%2e", "%2E", "%00", "a%00b", "%20",
            "not-a-uuid", "00000000-0000-0000-0000-00000000000z", "%C0%AE%C0%AE", "%FF", "%ED%A0%80", "-1",
            "ENG-99999999999999999999", "%F0%9F%98%80", "a%2Fb", "%0A", "%7F", "%3B", "x".repeat(300));
    static final List<String> BAD_IF_MATCH = List.of("W/\"0\"", "W/\"1\"", "\"abc\"", "abc", "\"1\", \"2\"", "\"\"",
            "\"99999999999999999999\"", "\"-1\"", "W/", "\"0", "0\"");
    // blank keys are not sent: the JDK's client drops a header whose value is blank
    static final List<String> BAD_IDEMPOTENCY_KEYS = List.of("k".repeat(256), "k".repeat(5000));
    static final List<String> BAD_MEDIA_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/jsonx", "*/*", "");
    static final List<String> MALFORMED = List.of("", "{", "{\"a\":", "{}}", "{} x", "{}{}", "[] trailing", "{,}",
            "<xml/>", "{'a':1}", "{\"a\":1,}", "nul", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\\x\"}");

    private final Contract contract;
    private final Map<String, String> cursorsByOperation;
    private final Schemas schemas;

    RestMutations(Contract contract, Map<String, String> cursorsByOperation) {
        this.contract = contract;
        this.cursorsByOperation = cursorsByOperation;
        this.schemas = new Schemas(contract);
    }

    /** {@code count} mutated requests of the valid one, the same for the same random. */
    List<FuzzCase> of(RestTarget target, Random random, int count) {
        List<Function<Random, FuzzCase>> kinds = kindsFor(target);
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(kinds.get(random.nextInt(kinds.size())).apply(random));
        }
        return cases;
    }

    private List<Function<Random, FuzzCase>> kindsFor(RestTarget target) {
        Operation operation = target.operation();
        HttpCase valid = target.valid();
        List<Function<Random, FuzzCase>> kinds = new ArrayList<>();
        List<String> pathNames = operation.pathParameterNames();
        if (!pathNames.isEmpty()) {
            kinds.add(r -> badPathSegment(target, pathNames, r));
            kinds.add(r -> wrongIdFormat(target, r));
        }
        List<Operation.Parameter> queries = operation.parameters().stream().filter(p -> p.in().equals("query")).toList();
        if (!queries.isEmpty()) {
            kinds.add(r -> badQueryValue(valid, queries, r));
            kinds.add(r -> badQueryValue(valid, queries, r));
        }
        if (queries.stream().anyMatch(p -> p.name().equals("cursor"))) {
            kinds.add(r -> badCursor(operation, valid, r));
        }
        kinds.add(r -> FuzzCase.anyRefusalOrSuccess(valid.withQuery("notAParameter", pick(r, List.of("%00", "x", "%FF", "%C0%80")), false)
                .described("an unknown query parameter")));
        if (operation.parameters().stream().anyMatch(p -> p.name().equals("If-Match"))) {
            kinds.add(r -> badIfMatch(valid, r));
            kinds.add(r -> FuzzCase.refusedWith(valid.withHeader("If-Match", "\"987654321\"")
                    .described("If-Match of a version the object never had"), 403, 404, 412));
        }
        if (operation.method().equals("POST")) {
            kinds.add(r -> FuzzCase.refusedWith(valid.withHeader("Idempotency-Key", pick(r, BAD_IDEMPOTENCY_KEYS))
                    .described("a malformed Idempotency-Key"), 400));
        }
        if (operation.body() != null) {
            kinds.add(r -> badMediaType(valid, r));
            kinds.add(r -> malformedBody(valid, r));
            kinds.add(r -> wholeBody(valid, r));
            kinds.add(r -> badProperty(operation, valid, r));
            kinds.add(r -> badProperty(operation, valid, r));
            kinds.add(r -> badProperty(operation, valid, r));
            kinds.add(r -> unknownOrMissingField(operation, valid, r));
        } else {
            kinds.add(r -> FuzzCase.anyRefusalOrSuccess(valid.withHeader("Content-Type", "application/json")
                    .withBody(pick(r, MALFORMED)).described("a body where none is expected")));
        }
        return kinds;
    }

    /** A dot segment or hostile value in place of a path parameter: never another resource, never a 5xx. */
    private FuzzCase badPathSegment(RestTarget target, List<String> names, Random r) {
        String name = pick(r, names);
        String bad = pick(r, BAD_PATH_SEGMENTS);
        return FuzzCase.refusedAny(target.valid().withPath(target.pathWith(name, bad))
                .described("path parameter {" + name + "} = " + HttpCase.abbreviated(bad)));
    }

    /** A well-formed but wrong id, or a malformed one, where the contract says UUID: 404, as for any missing object. */
    private FuzzCase wrongIdFormat(RestTarget target, Random r) {
        Operation operation = target.operation();
        HttpCase valid = target.valid();
        List<Operation.Parameter> uuids = operation.parameters().stream()
                .filter(p -> p.in().equals("path") && "uuid".equals(p.schema().path("format").asText())).toList();
        if (uuids.isEmpty()) {
            String name = pick(r, operation.pathParameterNames());
            return FuzzCase.refusedWith(valid.withPath(target.pathWith(name, UUID.randomUUID().toString()))
                    .described("path parameter {" + name + "} = an id nothing has"), 404);
        }
        Operation.Parameter parameter = pick(r, uuids);
        String bad = pick(r, List.of("1234", "not-a-uuid", "0190f5c4-0000-7000-8000-00000000000Z", "%20",
                UUID.randomUUID().toString(), UUID.randomUUID().toString().replace("-", "")));
        return FuzzCase.refusedWith(valid.withPath(target.pathWith(parameter.name(), bad))
                .described("UUID path parameter {" + parameter.name() + "} = " + bad), 404);
    }

    private FuzzCase badQueryValue(HttpCase valid, List<Operation.Parameter> queries, Random r) {
        Operation.Parameter parameter = pick(r, queries);
        JsonNode schema = contract.resolve(parameter.schema());
        String type = Schemas.typeOf(schema);
        BadValues bad = new BadValues(r, new RawJson());
        String value = switch (type == null ? "" : type) {
            case "integer", "number" -> r.nextBoolean() ? bad.numberText() : bad.text();
            default -> r.nextInt(4) == 0 ? bad.numberText() : bad.text();
        };
        if (parameter.name().equals("limit") && r.nextBoolean()) {
            value = pick(r, List.of("0", "-1", "201", "1001", "1e400", "1.5", "99999999999999999999", "abc", ""));
        }
        return FuzzCase.anyRefusalOrSuccess(valid.withQuery(parameter.name(), HttpCase.encode(value), true)
                .described("query " + parameter.name() + " = " + HttpCase.abbreviated(value)));
    }

    /** A garbage cursor, or one another list issued: 400 INVALID_CURSOR, as the contract promises. */
    private FuzzCase badCursor(Operation operation, HttpCase valid, Random r) {
        List<String> foreign = cursorsByOperation.entrySet().stream().filter(e -> !e.getKey().equals(operation.id()))
                .map(Map.Entry::getValue).toList();
        String cursor = !foreign.isEmpty() && r.nextBoolean() ? pick(r, foreign)
                : pick(r, List.of("bm90LWEtY3Vyc29y", "x", "%00", "====", "AAAA", "x".repeat(600)));
        return FuzzCase.refusedWithCode(valid.withQuery("cursor", HttpCase.encode(cursor), true)
                .described("cursor = " + HttpCase.abbreviated(cursor)), 400, "INVALID_CURSOR", "VALIDATION_FAILED");
    }

    /** A weak or malformed entity tag: never matches (412) or is refused (400); nothing is written. */
    private FuzzCase badIfMatch(HttpCase valid, Random r) {
        String value = pick(r, BAD_IF_MATCH);
        // 404 when an earlier case already removed the object
        return FuzzCase.refusedWith(valid.withHeader("If-Match", value).described("If-Match: " + value), 400, 404, 412);
    }

    /** A media type that is not JSON is refused; JSON in another charset, or a wildcard, may be read. */
    private FuzzCase badMediaType(HttpCase valid, Random r) {
        String type = pick(r, BAD_MEDIA_TYPES);
        HttpCase request = (type.isEmpty() ? valid.withHeader("Content-Type", null) : valid.withHeader("Content-Type", type))
                .described("Content-Type: " + (type.isEmpty() ? "(none)" : type));
        if (type.contains("utf-16")) {
            request = request.withBytes(new String(valid.body(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
        }
        return type.contains("json") || type.equals("*/*") ? FuzzCase.anyRefusalOrSuccess(request)
                : FuzzCase.refusedAny(request);
    }

    private FuzzCase malformedBody(HttpCase valid, Random r) {
        String text = new String(valid.body(), StandardCharsets.UTF_8);
        String body = switch (r.nextInt(5)) {
            case 0 -> text + pick(r, List.of(" x", "{}", "]", " {\"a\":1}", ",", "\u0000"));
            case 1 -> text.substring(0, r.nextInt(Math.max(1, text.length())));
            case 2 -> RawJson.nestedArrays(2_000 + r.nextInt(100_000));
            case 3 -> null;
            default -> pick(r, MALFORMED);
        };
        HttpCase request = body == null ? valid.withBytes(new byte[]{(byte) 0xFF, (byte) 0xFE, '{', '}'}) : valid.withBody(body);
        return FuzzCase.refusedWith(request.described("malformed JSON"), 400, 413);
    }

    private FuzzCase wholeBody(HttpCase valid, Random r) {
        RawJson raw = new RawJson();
        JsonNode value = new BadValues(r, raw).any();
        HttpCase request = valid.withBody(raw.write(value)).described("the body is a bad value");
        // an empty object is a valid merge patch (it changes nothing)
        return value.isObject() ? FuzzCase.anyRefusalOrSuccess(request) : FuzzCase.refusedAny(request);
    }

    private FuzzCase badProperty(Operation operation, HttpCase valid, Random r) {
        ObjectNode body = Schemas.parseObject(valid.body());
        List<Schemas.PropertyPath> paths = schemas.propertyPaths(operation);
        if (body == null || paths.isEmpty()) {
            return wholeBody(valid, r);
        }
        Schemas.PropertyPath path = pick(r, paths);
        RawJson raw = new RawJson();
        JsonNode value = new BadValues(r, raw).forType(path.type());
        Schemas.set(body, path.segments(), value);
        return FuzzCase.anyRefusalOrSuccess(valid.withBody(raw.write(body)).described("property " + path + " = bad value"));
    }

    private FuzzCase unknownOrMissingField(Operation operation, HttpCase valid, Random r) {
        ObjectNode body = Schemas.parseObject(valid.body());
        if (body == null) {
            return wholeBody(valid, r);
        }
        List<String> required = schemas.required(operation);
        if (!required.isEmpty() && r.nextBoolean()) {
            String name = pick(r, required);
            body.remove(name);
            return FuzzCase.refusedWith(valid.withBody(body.toString()).described("required " + name + " left out"), 400);
        }
        List<String> unknown = new ArrayList<>(List.of("notAField", "id", "version", "workspaceId", "createdAt", "__proto__"));
        unknown.removeAll(schemas.propertyPaths(operation).stream().map(p -> String.valueOf(p.segments().get(0))).toList());
        body.put(pick(r, unknown), "x");
        return FuzzCase.refusedWith(valid.withBody(body.toString()).described("an unknown or read-only field"), 400);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
