package io.worklane.domain.workflow;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules for a definition's transitions: known endpoints, no self-moves, each move once. */
final class TransitionRules {
    static final int MAX_TRANSITIONS = 200;

    private TransitionRules() {
    }

    static void check(List<Transition> transitions, Set<String> keys, Validation v) {
        v.require(transitions.size() <= MAX_TRANSITIONS, "transitions", "TOO_MANY",
                "at most " + MAX_TRANSITIONS + " transitions");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < transitions.size(); i++) {
            String at = "transitions[" + i + "]";
            Transition t = transitions.get(i);
            if (t == null) {
                v.add(new FieldError(at, "REQUIRED", "must not be null"));
                continue;
            }
            endpoint(t.from(), at + ".from", keys, v);
            if (Transition.ANY_STATE.equals(t.to())) {
                v.add(new FieldError(at + ".to", "UNKNOWN_STATE",
                        "must be a state; '*' (any state) is allowed only in from"));
            } else {
                endpoint(t.to(), at + ".to", keys, v);
            }
            v.text(t.name(), at + ".name", 1, WorkflowRules.MAX_NAME);
            if (t.from() != null && t.from().equals(t.to())) {
                v.add(new FieldError(at + ".to", "SAME_STATE",
                        "must differ from from: a transition leads to another state"));
            }
            if (t.from() != null && t.to() != null) {
                Integer earlier = seen.putIfAbsent(t.from() + "\u0000" + t.to(), i);
                if (earlier != null) {
                    v.add(new FieldError(at, "DUPLICATE_TRANSITION",
                            "'" + t.from() + "' → '" + t.to() + "' is already transitions[" + earlier + "]"));
                }
            }
            GuardRules.check(t.guards(), at + ".guards", v);
        }
    }

    private static void endpoint(String state, String field, Set<String> keys, Validation v) {
        if (state == null || state.isBlank()) {
            v.add(new FieldError(field, "REQUIRED", "is required: a state key"));
        } else if (!Transition.ANY_STATE.equals(state)) {
            v.require(keys.contains(state), field, "UNKNOWN_STATE", WorkflowRules.unknown(state));
        }
    }
}
