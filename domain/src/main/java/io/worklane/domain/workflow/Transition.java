package io.worklane.domain.workflow;

import java.util.List;
import java.util.Objects;

/**
 * An allowed move between two states, with the guards it must pass.
 *
 * <p>{@code from} may be {@link #ANY_STATE} ({@code "*"}): the move is then allowed from every state
 * except {@code to} itself, which suits "cancel from anywhere". A transition naming a state explicitly
 * takes precedence over a {@code "*"} one with the same target, so it can carry its own guards.
 */
public record Transition(String from, String to, String name, List<Guard> guards) {
    public static final String ANY_STATE = "*";

    public Transition {
        guards = Copies.of(guards);
    }

    public static Transition of(String from, String to, String name, Guard... guards) {
        return new Transition(from, to, name, List.of(guards));
    }

    public boolean fromAnyState() {
        return ANY_STATE.equals(from);
    }

    /** Whether this transition leaves {@code state}: named explicitly, or "*" and not a move onto itself. */
    public boolean leaves(String state) {
        return fromAnyState() ? !Objects.equals(to, state) : Objects.equals(from, state);
    }
}
