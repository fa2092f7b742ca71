package io.worklane.domain.workflow;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules every workflow definition satisfies; field paths match the JSON, e.g. {@code transitions[2].to}. */
final class WorkflowRules {
    static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
    static final int MAX_STATES = 50;
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 2_000;

    private WorkflowRules() {
    }

    static Validation validation(WorkflowDefinition d) {
        Validation v = new Validation()
                .text(d.name(), "name", 1, MAX_NAME)
                .text(d.description(), "description", 0, MAX_DESCRIPTION);
        Set<String> keys = states(d.states(), v);
        initialState(d.initialState(), keys, v);
        TransitionRules.check(d.transitions(), keys, v);
        if (keys.contains(d.initialState())) {
            unreachable(d, keys, v);
        }
        return v;
    }

    /** Answers every key given, even malformed ones, so that a bad key is reported once, not again by each use. */
    private static Set<String> states(List<WorkflowState> states, Validation v) {
        v.require(!states.isEmpty(), "states", "REQUIRED", "a workflow needs at least one state")
                .require(states.size() <= MAX_STATES, "states", "TOO_MANY", "at most " + MAX_STATES + " states");
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < states.size(); i++) {
            String at = "states[" + i + "]";
            WorkflowState s = states.get(i);
            if (s == null) {
                v.add(new FieldError(at, "REQUIRED", "must not be null"));
                continue;
            }
            v.text(s.key(), at + ".key", 1, 40)
                    .matches(s.key(), KEY, at + ".key",
                            "must be lower_snake_case, starting with a letter, at most 40 characters")
                    .text(s.name(), at + ".name", 1, MAX_NAME)
                    .require(s.category() != null, at + ".category", "REQUIRED",
                            "is required: TODO, IN_PROGRESS, DONE or CANCELLED");
            if (s.key() != null && !keys.add(s.key())) {
                v.add(new FieldError(at + ".key", "DUPLICATE_KEY",
                        "'" + s.key() + "' is already the key of an earlier state"));
            }
        }
        return keys;
    }

    private static void initialState(String initial, Set<String> keys, Validation v) {
        if (initial == null || initial.isBlank()) {
            v.add(new FieldError("initialState", "REQUIRED", "is required: the state new work items start in"));
        } else {
            v.require(keys.contains(initial), "initialState", "UNKNOWN_STATE", unknown(initial));
        }
    }

    private static void unreachable(WorkflowDefinition d, Set<String> keys, Validation v) {
        Set<String> reached = new HashSet<>(Set.of(d.initialState()));
        Deque<String> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            String state = next.pop();
            for (Transition t : d.transitions()) {
                if (t != null && t.leaves(state) && keys.contains(t.to()) && reached.add(t.to())) {
                    next.push(t.to());
                }
            }
        }
        for (int i = 0; i < d.states().size(); i++) {
            WorkflowState s = d.states().get(i);
            if (s != null && s.key() != null && !reached.contains(s.key())) {
                v.add(new FieldError("states[" + i + "]", "UNREACHABLE_STATE", "'" + s.key() + "' cannot be reached"
                        + " from the initial state '" + d.initialState() + "'; add a transition into it"));
            }
        }
    }

    static String unknown(String state) {
        return "'" + state + "' is not a state of this workflow";
    }
}
