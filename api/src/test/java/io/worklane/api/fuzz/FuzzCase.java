package io.worklane.api.fuzz;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A request and what its answer may be besides "never a 5xx": a success (the mutation may still be
 * valid input), any refusal, or a refusal with one of the given statuses and problem codes.
 */
record FuzzCase(HttpCase request, boolean successAllowed, Set<Integer> statuses, Set<String> codes) {

    static FuzzCase anyRefusalOrSuccess(HttpCase request) {
        return new FuzzCase(request, true, Set.of(), Set.of());
    }

    static FuzzCase refusedAny(HttpCase request) {
        return new FuzzCase(request, false, Set.of(), Set.of());
    }

    static FuzzCase refusedWith(HttpCase request, int... statuses) {
        return new FuzzCase(request, false, IntStream.of(statuses).boxed().collect(Collectors.toSet()), Set.of());
    }

    static FuzzCase refusedWithCode(HttpCase request, int status, String... codes) {
        return new FuzzCase(request, false, Set.of(status), Set.of(codes));
    }

    String expectation() {
        return successAllowed ? "any answer but a 5xx" : statuses.isEmpty() ? "a 4xx"
                : "status " + statuses + (codes.isEmpty() ? "" : " with code " + codes);
    }
}
