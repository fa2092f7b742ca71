package io.worklane.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.api.isolation.SeededTargets;
import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.NotCoveredYet;
import io.worklane.api.support.contract.Operation;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The REST half of the fuzzer: each operation's valid request, aimed at the seeded workspace, and its
 * mutations. Reads go first and deletes last (deepest first), so that destroying a seeded object harms
 * the fewest later cases; an operation's own destructive valid request is sent after its mutations.
 */
final class RestFuzzer {
    private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

    private final Contract contract;
    private final SeededTargets targets;
    private final URI base;
    private final String key;
    private final Map<String, String> cursors = new LinkedHashMap<>();
    private RestMutations mutations;

    private RestFuzzer(Contract contract, SeededTargets targets, URI base, String key) {
        this.contract = contract;
        this.targets = targets;
        this.base = base;
        this.key = key;
    }

    /** Also collects a cursor from every list that has a second page, to be sent to the other lists. */
    static RestFuzzer prepare(Contract contract, SeededTargets targets, URI base, String key) {
        RestFuzzer fuzzer = new RestFuzzer(contract, targets, base, key);
        for (Operation operation : contract.operations()) {
            boolean isList = operation.method().equals("GET")
                    && operation.parameters().stream().anyMatch(p -> p.name().equals("cursor"));
            if (isList) {
                fuzzer.firstCursorOf(operation);
            }
        }
        fuzzer.mutations = new RestMutations(contract, fuzzer.cursors);
        return fuzzer;
    }

    List<Operation> operationsInOrder() {
        return contract.operations().stream().sorted(Comparator.<Operation>comparingInt(o -> METHOD_ORDER.indexOf(o.method()))
                .thenComparingInt(o -> o.method().equals("DELETE") ? -o.pathParameterNames().size() : 0)).toList();
    }

    void fuzz(Operation operation, FuzzSettings settings, ResponseSchemas schemas, Exchanges exchanges) {
        RestTarget target = targetOf(operation);
        List<FuzzCase> cases = new ArrayList<>(mutations.of(target, settings.randomFor(operation.id()), settings.cases()));
        FuzzCase valid = FuzzCase.anyRefusalOrSuccess(target.valid());
        if (operation.method().equals("DELETE")) {
            cases.add(valid);
        } else {
            cases.add(0, valid);
        }
        boolean writes = !List.of("GET", "HEAD", "OPTIONS").contains(operation.method());
        for (FuzzCase c : cases) {
            exchanges.run(c.request() + "\n    expected: " + c.expectation(), writes, () -> {
                HttpResponse<String> response = c.request().send(base, key);
                return new Exchanges.Outcome(RestVerdict.of(c, operation, response, schemas), response.statusCode() >= 400,
                        response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                                + " " + HttpCase.abbreviated(response.body()));
            });
        }
    }

    private RestTarget targetOf(Operation operation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        String path = operation.path();
        for (String name : operation.pathParameterNames()) {
            String value = HttpCase.encode(targets.pathValue(name).orElse(UUID.randomUUID().toString()));
            pathValues.put(name, value);
            path = path.replace("{" + name + "}", value);
        }
        HttpCase valid = new HttpCase("valid request", operation.method(), path, List.of(), Map.of(), null);
        for (Operation.Parameter parameter : operation.requiredNonPathParameters()) {
            String value = String.valueOf(valueOf(parameter));
            valid = parameter.in().equals("header") ? valid.withHeader(parameter.name(), value)
                    : valid.withQuery(parameter.name(), HttpCase.encode(value), true);
        }
        if (operation.body() != null) {
            valid = valid.withHeader("Content-Type", operation.body().mediaType()).withBody(bodyOf(operation));
        }
        return new RestTarget(operation, valid, pathValues);
    }

    private Object valueOf(Operation.Parameter parameter) {
        try {
            return targets.parameterValue(parameter);
        } catch (NotCoveredYet e) {
            return "x";
        }
    }

    private String bodyOf(Operation operation) {
        try {
            return targets.minimalBody(operation);
        } catch (NotCoveredYet e) {
            return "{}";
        }
    }

    private void firstCursorOf(Operation operation) {
        try {
            HttpResponse<String> response = targetOf(operation).valid().withQuery("limit", "1", true).send(base, key);
            JsonNode next = RawJson.MAPPER.readTree(response.body()).path("nextCursor");
            if (response.statusCode() == 200 && next.isTextual()) {
                cursors.put(operation.id(), next.asText());
            }
        } catch (Exception e) {
            // a list that cannot be read here is fuzzed (and fails) in its own case
        }
    }
}
