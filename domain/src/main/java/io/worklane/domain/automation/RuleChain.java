package io.worklane.domain.automation;

/**
 * How deep a run is in a chain of rules triggering rules: 0 is the change a person, an API key or
 * the scheduler made; a rule that fires on it runs at depth 1, and so on. Past {@link #MAX_DEPTH}
 * the rule must not run, which bounds loops such as two rules moving an item back and forth.
 */
public record RuleChain(int depth) {
    public static final int MAX_DEPTH = 5;

    public RuleChain {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative");
        }
    }

    public static RuleChain start() {
        return new RuleChain(0);
    }

    /**
     * The depth a rule triggered at this depth runs at. Check {@link #exceeded()} on the result and
     * log a {@link RuleRun.Status#STOPPED_AT_DEPTH} run instead of running the rule; going on past an
     * exceeded chain is a bug, so it throws.
     */
    public RuleChain next() {
        if (exceeded()) {
            throw new IllegalStateException("rule chain already past depth " + MAX_DEPTH + "; stop, do not go deeper");
        }
        return new RuleChain(depth + 1);
    }

    public boolean exceeded() {
        return depth > MAX_DEPTH;
    }
}
