package io.worklane.api.fuzz;

import io.worklane.api.isolation.SeededTargets;
import io.worklane.api.support.contract.NotCoveredYet;
import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.ServedSchema.Field;
import io.worklane.api.support.contract.ServedSchema.Type;
import io.worklane.api.support.contract.ServedSchema.TypeRef;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The GraphQL half of the fuzzer, from introspection: every Query and Mutation field, and every field
 * with arguments on the objects a query reaches (two levels down: {@code workspace { workItems(…) }},
 * {@code workspace { project(key:) { workItems(…) } }}). Destructive mutations go last.
 */
final class GraphQLFuzzer {
    private static final List<String> DESTRUCTIVE = List.of("delete", "remove", "revoke", "archive");
    private static final int DEPTH = 3;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final ServedSchema schema;
    private final SeededTargets seeded;
    private final URI endpoint;
    private final String key;
    private final GraphQLMutations mutations;

    GraphQLFuzzer(ServedSchema schema, SeededTargets seeded, URI base, String key) {
        this.schema = schema;
        this.seeded = seeded;
        this.endpoint = URI.create(base.toString().replaceAll("/$", "") + "/graphql");
        this.key = key;
        this.mutations = new GraphQLMutations(schema);
    }

    List<GraphQLTarget> targetsInOrder() {
        List<GraphQLTarget> targets = new ArrayList<>();
        for (Field field : schema.queryFields()) {
            collect("Query", List.of(field), targets);
        }
        schema.mutationFields().stream()
                .sorted(Comparator.comparing(f -> DESTRUCTIVE.stream().anyMatch(verb -> f.name().startsWith(verb))))
                .forEach(field -> targets.add(target("Mutation", List.of(field))));
        return targets;
    }

    /** The field itself if it takes arguments, and below it, through single objects, the fields that do. */
    private void collect(String root, List<Field> path, List<GraphQLTarget> out) {
        Field last = path.get(path.size() - 1);
        if (!last.args().isEmpty() || path.size() == 1) {
            out.add(target(root, path));
        }
        Type type = schema.type(last.type().named().name());
        if (path.size() >= DEPTH || !type.kind().equals("OBJECT") || isList(last.type()) || type.name().endsWith("Connection")) {
            return;
        }
        for (Field child : type.fields()) {
            Type childType = schema.type(child.type().named().name());
            if (!child.args().isEmpty() || (childType.kind().equals("OBJECT") && !isList(child.type())
                    && !childType.name().endsWith("Connection") && path.size() + 1 < DEPTH)) {
                List<Field> longer = new ArrayList<>(path);
                longer.add(child);
                collect(root, longer, out);
            }
        }
    }

    private GraphQLTarget target(String root, List<Field> path) {
        List<Map<String, Object>> required = new ArrayList<>();
        String parent = root;
        for (Field field : path) {
            required.add(requiredArguments(parent, field));
            parent = field.type().named().name();
        }
        String selection = SeededTargets.selection(schema, path.get(path.size() - 1).type());
        return GraphQLTarget.of(root, path, required, selection);
    }

    private Map<String, Object> requiredArguments(String parent, Field field) {
        try {
            return seeded.graphQLArguments(schema, parent, field);
        } catch (NotCoveredYet e) {
            Map<String, Object> values = new LinkedHashMap<>();
            field.requiredArgs().forEach(a -> values.put(a.name(), anyValue(a.type())));
            return values;
        }
    }

    /** A well-typed value with no meaning, for arguments the seeded workspace cannot fill. */
    private Object anyValue(TypeRef type) {
        TypeRef nullable = type.isNonNull() ? type.ofType() : type;
        if (nullable.kind().equals("LIST")) {
            return List.of(anyValue(nullable.ofType()));
        }
        Type named = schema.type(nullable.name());
        return switch (named.kind()) {
            case "ENUM" -> named.enumValues().get(0);
            case "INPUT_OBJECT" -> {
                Map<String, Object> input = new LinkedHashMap<>();
                named.inputFields().stream().filter(ServedSchema.Value::isRequired)
                        .forEach(f -> input.put(f.name(), anyValue(f.type())));
                yield input;
            }
            default -> switch (named.name()) {
                case "Int", "Long", "BigInteger" -> 1;
                case "Float", "BigDecimal" -> "1.0";
                case "Boolean" -> false;
                case "ID" -> UUID.randomUUID().toString();
                case "Date" -> "2026-01-01";
                case "DateTime" -> "2026-01-01T00:00:00Z";
                case "JSON" -> Map.of();
                default -> "x";
            };
        };
    }

    private static boolean isList(TypeRef type) {
        TypeRef nullable = type.isNonNull() ? type.ofType() : type;
        return nullable.kind().equals("LIST");
    }

    void fuzz(GraphQLTarget target, FuzzSettings settings, Exchanges exchanges) {
        List<GraphQLMutations.Request> requests = new ArrayList<>(mutations.of(target, settings.randomFor(target.name()),
                settings.cases()));
        boolean destructive = DESTRUCTIVE.stream().anyMatch(verb -> target.resultField().startsWith(verb));
        requests.add(destructive ? requests.size() : 0, mutations.valid(target));
        boolean writes = target.root().equals("Mutation");
        for (GraphQLMutations.Request request : requests) {
            exchanges.run(target.name() + " — " + request.description() + ": " + HttpCase.abbreviated(request.body())
                    + " (" + request.contentType() + ")", writes, () -> {
                HttpResponse<String> response = send(request);
                boolean[] refused = new boolean[1];
                List<String> problems = GraphQLVerdict.of(request, response, refused);
                return new Exchanges.Outcome(problems, refused[0], response.statusCode() + " "
                        + HttpCase.abbreviated(response.body()));
            });
        }
    }

    private HttpResponse<String> send(GraphQLMutations.Request request) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).header("Content-Type", request.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
