package io.worklane.domain.filter;

/**
 * Why a filter text was refused, with the 1-based character position at fault. Internal:
 * {@link FilterExpression#parse(String, String)} turns it into a VALIDATION_FAILED refusal.
 */
final class FilterProblem extends RuntimeException {
    FilterProblem(String what, int position) {
        this(what, position, null);
    }

    /** {@code detail} follows the position, after a semicolon: what was found, what is allowed. */
    FilterProblem(String what, int position, String detail) {
        super(what + " at position " + position + (detail == null ? "" : "; " + detail), null, false, false);
    }
}
