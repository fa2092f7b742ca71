package io.worklane.domain.workflow;

/** What one guard said: passed or not, and why, in a sentence a person can act on. */
public record GuardResult(GuardType type, boolean passed, String reason) {

    static GuardResult pass(GuardType type, String reason) {
        return new GuardResult(type, true, reason);
    }

    static GuardResult fail(GuardType type, String reason) {
        return new GuardResult(type, false, reason);
    }
}
