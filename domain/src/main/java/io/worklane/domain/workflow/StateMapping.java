package io.worklane.domain.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where work items go when a workflow is revised: old state key → state key of the new workflow.
 * A state in use that the new workflow removes needs an entry; an entry for a kept state merges it
 * into another one.
 */
public record StateMapping(Map<String, String> moves) {

    public StateMapping {
        // keeps null targets, so validation can name them
        moves = moves == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(moves));
        moves.keySet().forEach(k -> Objects.requireNonNull(k, "a mapped state key"));
    }

    public static StateMapping none() {
        return new StateMapping(Map.of());
    }

    public static StateMapping of(Map<String, String> moves) {
        return new StateMapping(moves);
    }

    /** The state an item in {@code state} ends up in. */
    public String targetOf(String state) {
        String target = moves.get(state);
        return target == null ? state : target;
    }

    public boolean isEmpty() {
        return moves.isEmpty();
    }
}
