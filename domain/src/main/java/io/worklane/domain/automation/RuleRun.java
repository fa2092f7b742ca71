package io.worklane.domain.automation;

import java.time.Instant;
import java.util.UUID;

/** One run of a rule, as its log keeps it: queryable by rule, item and status. */
public record RuleRun(UUID ruleId, UUID workItemId, Status status, String message, int depth, Instant startedAt,
                      Instant finishedAt) {
    public static final int MAX_MESSAGE = 2_000;

    public enum Status { SUCCEEDED, FAILED, STOPPED_AT_DEPTH, SKIPPED }

    public RuleRun {
        // a failure's message can be long (a cascade of validation errors): the log keeps its head
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
    }

    public static RuleRun succeeded(UUID ruleId, UUID workItemId, RuleChain chain, Instant startedAt, Instant finishedAt) {
        return new RuleRun(ruleId, workItemId, Status.SUCCEEDED, null, chain.depth(), startedAt, finishedAt);
    }

    public static RuleRun failed(UUID ruleId, UUID workItemId, RuleChain chain, String reason, Instant startedAt,
                                 Instant finishedAt) {
        return new RuleRun(ruleId, workItemId, Status.FAILED, reason, chain.depth(), startedAt, finishedAt);
    }

    public static RuleRun skipped(UUID ruleId, UUID workItemId, RuleChain chain, String reason, Instant at) {
        return new RuleRun(ruleId, workItemId, Status.SKIPPED, reason, chain.depth(), at, at);
    }

    /** The rule did not run: it would have been the {@code chain.depth()}-th rule in a chain. */
    public static RuleRun stoppedAtDepth(UUID ruleId, UUID workItemId, RuleChain chain, Instant at) {
        return new RuleRun(ruleId, workItemId, Status.STOPPED_AT_DEPTH, "Not run: it would be rule " + chain.depth()
                + " in a chain of rules triggering rules; at most " + RuleChain.MAX_DEPTH + " may follow one another, "
                + "so look for rules that trigger each other", chain.depth(), at, at);
    }
}
