package io.worklane.domain.workflow;

import java.util.List;

/**
 * The item's predecessors must let it move, each as its dependency type says
 * ({@link PredecessorState#allows}): {@code {"type":"PREDECESSORS_DONE"}}. A refusal names every
 * predecessor still holding the item back and what it waits for.
 */
public record PredecessorsDoneGuard() implements Guard {

    @Override
    public GuardType type() {
        return GuardType.PREDECESSORS_DONE;
    }

    @Override
    public GuardResult evaluate(GuardContext context) {
        List<PredecessorState> all = context.predecessors();
        if (all.isEmpty()) {
            return GuardResult.pass(type(), "There are no predecessors.");
        }
        List<PredecessorState> holding = all.stream().filter(p -> !p.allows(context.target())).toList();
        if (holding.isEmpty()) {
            return GuardResult.pass(type(), all.size() == 1 ? "The predecessor " + all.get(0).key() + " allows it."
                    : "All " + all.size() + " predecessors allow it.");
        }
        return GuardResult.fail(type(), "Waiting for " + Sentences.and(holding.stream()
                .map(PredecessorState::awaited).toList()) + ".");
    }
}
